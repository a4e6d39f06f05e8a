package dev.idcenter.query.consistency;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;

/**
 * Read-your-writes: before a query is answered, waits (bounded) until the projection's processor has passed the
 * event store position the caller asked for. A processor fed by the event store tracks global positions, which are
 * compared directly; one fed by Kafka tracks offsets, so it is waited for until it reports being caught up.
 */
@Component
public class ProjectionBarrier {

    private static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private final EventProcessingConfiguration processing;

    public ProjectionBarrier(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public void await(String processingGroup, long minPosition) {
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null || minPosition <= 0) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (!passed(processor.processingStatus(), minPosition) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean passed(Map<Integer, EventTrackerStatus> segments, long minPosition) {
        if (segments.isEmpty()) {
            return false;
        }
        for (EventTrackerStatus status : segments.values()) {
            TrackingToken token = status.getTrackingToken() == null ? null
                    : WrappedToken.unwrapLowerBound(status.getTrackingToken());
            boolean eventStorePositions = token instanceof GapAwareTrackingToken
                    || token instanceof GlobalSequenceTrackingToken;
            if (eventStorePositions ? token.position().orElse(-1) < minPosition : !status.isCaughtUp()) {
                return false;
            }
        }
        return true;
    }
}
