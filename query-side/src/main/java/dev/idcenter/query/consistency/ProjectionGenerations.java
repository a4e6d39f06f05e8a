package dev.idcenter.query.consistency;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts, per processing group, the events its processor in this process has committed, so that a view read from the
 * group's tables can be kept in memory until the group writes again ({@link GenerationCache}).
 * <p>
 * A group's generation moves after each commit that handled an event, and before its processor reports the new
 * position, so a read-your-writes read ({@link ProjectionBarrier}) that has waited for a write always sees a
 * generation from after it. Like the command side's in-memory views, this assumes one process runs the projections:
 * a group whose processor does not hold all its segments here is never cached, and a group moves to a new
 * generation whenever its processor here claims or gives up a segment ({@link ClaimWatchingTokenStore}), since
 * another process may have written its views while this one did not hold it.
 */
@Component
public class ProjectionGenerations {

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final EventProcessingConfiguration processing;

    public ProjectionGenerations(@Lazy EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Registers the counting interceptor with the group's processor. */
    public ConfigurerModule counting(String processingGroup) {
        AtomicLong generation = generation(processingGroup);
        MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
            unitOfWork.afterCommit(committed -> generation.incrementAndGet());
            return chain.proceed();
        };
        return configurer -> configurer.eventProcessing()
                .registerHandlerInterceptor(processingGroup, configuration -> interceptor);
    }

    /**
     * The group's current generation, or -1 when its views may change without this process seeing it (its processor
     * is not here or does not hold all its segments). Such a group moves to a new generation, so that nothing cached
     * before is trusted after.
     */
    public long current(String processingGroup) {
        AtomicLong generation = generation(processingGroup);
        if (!holdsAllSegments(processingGroup)) {
            generation.incrementAndGet();
            return -1;
        }
        return generation.get();
    }

    /** The group's processor here claimed or gave up a segment: nothing cached before is trusted after. */
    void claimChanged(String processingGroup) {
        generation(processingGroup).incrementAndGet();
    }

    private AtomicLong generation(String processingGroup) {
        return generations.computeIfAbsent(processingGroup, group -> new AtomicLong());
    }

    private boolean holdsAllSegments(String processingGroup) {
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null || !processor.isRunning()) {
            return false;
        }
        double covered = 0;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            covered += 1.0 / (status.getSegment().getMask() + 1);
        }
        return covered >= 1.0;
    }
}
