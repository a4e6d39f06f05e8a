package dev.idcenter.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.events.audit.CallerIdentity;
import dev.idcenter.events.audit.CallerSession;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An audit event as CloudTrail's JSON record ({@code eventVersion} 1.08): what LookupEvents returns as
 * {@code CloudTrailEvent}. Members that do not apply are left out, as CloudTrail does; {@code requestParameters} and
 * {@code responseElements} are always present, null when there is nothing to show.
 */
final class CloudTrailRecord {

    static final String EVENT_VERSION = "1.08";

    private CloudTrailRecord() {
    }

    static String json(ApiCallRecorded event, ObjectMapper mapper) {
        ObjectNode record = mapper.createObjectNode();
        record.put("eventVersion", EVENT_VERSION);
        record.set("userIdentity", userIdentity(event.caller(), mapper));
        record.put("eventTime", seconds(event.eventTime()));
        record.put("eventSource", event.eventSource());
        putIfPresent(record, "eventName", event.eventName());
        putIfPresent(record, "awsRegion", event.awsRegion());
        putIfPresent(record, "sourceIPAddress", event.sourceIpAddress());
        putIfPresent(record, "userAgent", event.userAgent());
        putIfPresent(record, "errorCode", event.errorCode());
        putIfPresent(record, "errorMessage", event.errorMessage());
        record.set("requestParameters", parsed(event.requestParameters(), mapper));
        record.set("responseElements", parsed(event.responseElements(), mapper));
        AuditResource resource = AuditResource.of(event, mapper);
        if (resource != null) {
            ObjectNode named = record.putArray("resources").addObject();
            named.put("ARN", resource.arn());
            putIfPresent(named, "accountId", resource.accountId());
            named.put("type", resource.type());
        }
        record.put("requestID", event.requestId());
        record.put("eventID", event.eventId());
        record.put("readOnly", event.readOnly());
        record.put("eventType", event.eventType());
        record.put("managementEvent", true);
        putIfPresent(record, "recipientAccountId", event.recipientAccountId());
        putIfPresent(record, "sharedEventID", event.sharedEventId());
        record.put("eventCategory", "Management");
        return record.toString();
    }

    /** LookupEvents' {@code Username}: the user's name, the role session's name, or {@code root}. */
    static String username(CallerIdentity caller) {
        if (caller == null || caller.type() == null) {
            return null;
        }
        return switch (caller.type()) {
            case "Root" -> "root";
            case "IAMUser" -> caller.userName() != null ? caller.userName() : lastSegment(caller.arn());
            case "AssumedRole", "FederatedUser" -> lastSegment(caller.arn());
            default -> null;
        };
    }

    private static ObjectNode userIdentity(CallerIdentity caller, ObjectMapper mapper) {
        ObjectNode identity = mapper.createObjectNode();
        if (caller == null) {
            identity.put("type", "Unknown");
            return identity;
        }
        identity.put("type", caller.type());
        putIfPresent(identity, "principalId", caller.principalId());
        putIfPresent(identity, "arn", caller.arn());
        putIfPresent(identity, "accountId", caller.accountId());
        putIfPresent(identity, "accessKeyId", caller.accessKeyId());
        putIfPresent(identity, "userName", caller.userName());
        CallerSession session = caller.sessionContext();
        if (session != null) {
            ObjectNode context = identity.putObject("sessionContext");
            if (session.sessionIssuer() != null) {
                ObjectNode issuer = context.putObject("sessionIssuer");
                putIfPresent(issuer, "type", session.sessionIssuer().type());
                putIfPresent(issuer, "principalId", session.sessionIssuer().principalId());
                putIfPresent(issuer, "arn", session.sessionIssuer().arn());
                putIfPresent(issuer, "accountId", session.sessionIssuer().accountId());
                putIfPresent(issuer, "userName", session.sessionIssuer().userName());
            }
            if (session.attributes() != null) {
                ObjectNode attributes = context.putObject("attributes");
                if (session.attributes().creationDate() != null) {
                    attributes.put("creationDate", seconds(session.attributes().creationDate()));
                }
                // CloudTrail writes this flag as a string
                attributes.put("mfaAuthenticated", String.valueOf(session.attributes().mfaAuthenticated()));
            }
            putIfPresent(context, "sourceIdentity", session.sourceIdentity());
        }
        return identity;
    }

    private static JsonNode parsed(String json, ObjectMapper mapper) {
        if (json == null) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit event holds unreadable JSON", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String lastSegment(String arn) {
        return arn == null || arn.lastIndexOf('/') < 0 ? null : arn.substring(arn.lastIndexOf('/') + 1);
    }
}
