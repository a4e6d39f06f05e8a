package dev.idcenter.events.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads revision 1 of {@link ApiCallRecorded} as revision 2. What revision 1 did not record stays unknown (no
 * request parameters, response elements or session context); the event id is the stored message's identifier, which
 * is what revision 2 records too, and {@code readOnly} follows {@link ReadOnlyCalls}.
 */
public class ApiCallRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(ApiCallRecorded.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(ApiCallRecorded.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String eventId = representation.getMessageIdentifier();
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> upcast(payload, eventId));
    }

    /** The revision 2 form of a revision 1 payload whose message identifier is {@code eventId}. */
    static ObjectNode upcast(JsonNode revision1, String eventId) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("eventId", eventId);
        node.set("requestId", revision1.get("requestId"));
        node.set("eventTime", revision1.get("eventTime"));
        node.set("eventSource", revision1.get("eventSource"));
        node.set("eventName", revision1.get("eventName"));
        node.put("eventType", ApiCallRecorded.AWS_API_CALL);
        node.put("readOnly", ReadOnlyCalls.readOnly(revision1.path("eventSource").asText(null),
                revision1.path("eventName").asText(null)));
        node.set("awsRegion", revision1.get("awsRegion"));
        node.set("sourceIpAddress", revision1.get("sourceIpAddress"));
        node.set("userAgent", revision1.get("userAgent"));
        JsonNode caller = revision1.get("caller");
        if (caller instanceof ObjectNode callerObject) {
            ObjectNode copy = callerObject.deepCopy();
            copy.putNull("userName");
            copy.putNull("sessionContext");
            node.set("caller", copy);
        } else {
            node.set("caller", caller);
        }
        node.set("recipientAccountId", revision1.get("recipientAccountId"));
        node.putNull("requestParameters");
        node.putNull("responseElements");
        node.set("errorCode", revision1.get("errorCode"));
        node.set("errorMessage", revision1.get("errorMessage"));
        node.putNull("sharedEventId");
        return node;
    }
}
