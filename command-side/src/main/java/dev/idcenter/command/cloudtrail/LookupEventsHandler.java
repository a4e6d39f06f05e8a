package dev.idcenter.command.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.audit.AuditEventView;
import dev.idcenter.queries.audit.LookupAuditEvents;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * {@code cloudtrail:LookupEvents}: the caller's account's audit records, newest first, each with the whole
 * CloudTrail record as {@code CloudTrailEvent} (AUDIT-1). At most one lookup attribute, as AWS allows; the records
 * include the caller's own calls up to this one (read-your-writes).
 */
@Component
class LookupEventsHandler implements OperationHandler {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int DEFAULT_MAX_RESULTS = 50;
    private final QueryGateway queries;
    private final EventStoreHead head;

    LookupEventsHandler(QueryGateway queries, EventStoreHead head) {
        this.queries = queries;
        this.head = head;
    }

    @Override
    public String action() {
        return "cloudtrail:LookupEvents";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        LookupFilter filter = LookupFilter.of(input);
        int maxResults = input.hasNonNull("MaxResults") ? input.get("MaxResults").asInt() : DEFAULT_MAX_RESULTS;
        ObjectNode output = JSON.objectNode();
        var events = output.putArray("Events");
        if (filter.insights()) {
            return output; // no Insights events are ever recorded here
        }
        var after = input.hasNonNull("NextToken") ? filter.cursorOf(input.get("NextToken").asText()) : null;
        List<AuditEventView> page = queries.query(new LookupAuditEvents(call.caller().accountId(),
                        filter.attributeKey(), filter.attributeValue(), filter.startTime(), filter.endTime(),
                        maxResults + 1, after, head.positionWithAudit()),
                ResponseTypes.multipleInstancesOf(AuditEventView.class)).join();
        page.stream().limit(maxResults).forEach(view -> events.add(event(view)));
        if (page.size() > maxResults) {
            AuditEventView last = page.get(maxResults - 1);
            output.put("NextToken", filter.tokenAfter(last.eventTime(), last.eventId()));
        }
        return output;
    }

    private static ObjectNode event(AuditEventView view) {
        ObjectNode event = JSON.objectNode();
        event.put("EventId", view.eventId());
        if (view.eventName() != null) {
            event.put("EventName", view.eventName());
        }
        event.put("ReadOnly", String.valueOf(view.readOnly()));
        if (view.accessKeyId() != null) {
            event.put("AccessKeyId", view.accessKeyId());
        }
        event.put("EventTime", view.eventTime().toString());
        event.put("EventSource", view.eventSource());
        if (view.username() != null) {
            event.put("Username", view.username());
        }
        var resources = event.putArray("Resources");
        if (view.resourceName() != null) {
            resources.addObject().put("ResourceType", view.resourceType()).put("ResourceName", view.resourceName());
        }
        event.put("CloudTrailEvent", view.cloudTrailEvent());
        return event;
    }

    static AwsErrorException invalidTimeRange() {
        return new AwsErrorException("InvalidTimeRangeException", 400,
                "StartTime must be before or equal to EndTime.");
    }

    static Instant instant(JsonNode value) {
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }
}
