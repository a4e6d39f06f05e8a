package dev.idcenter.events.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One API call reached the server, whatever its outcome: the audit trail in CloudTrail's terms (AUDIT-1). Stored as
 * a domain event of the {@code ApiCall} aggregate type whose identifier is the request id, so Kafka keys it by
 * request. A cross-account call is recorded once per account, as events 0 and 1 of the request's stream sharing one
 * {@code sharedEventId}.
 * <p>
 * Revision 2 added the members from {@code eventId} on (see {@link ApiCallRecordedUpcaster}).
 *
 * @param eventId            CloudTrail's {@code eventID}, also the Axon message identifier
 * @param requestId          the request id returned to the client
 * @param eventTime          when the call was received
 * @param eventSource        the service, as CloudTrail names it ({@code sts.amazonaws.com})
 * @param eventName          the operation ({@code GetCallerIdentity}); {@code null} when the request named none
 * @param eventType          CloudTrail's {@code eventType}: {@code AwsApiCall}
 * @param readOnly           whether the operation only reads
 * @param awsRegion          the region of the signature's scope
 * @param sourceIpAddress    the client's address
 * @param userAgent          the client's User-Agent header
 * @param caller             who called ({@code userIdentity})
 * @param recipientAccountId the account this record belongs to
 * @param requestParameters  the input as a JSON object in CloudTrail's lowerCamel member names, secrets removed;
 *                           {@code null} when the call was not decoded
 * @param responseElements   the output likewise; {@code null} for failures and calls without output
 * @param errorCode          the AWS error code, or {@code null} for a success
 * @param errorMessage       the error message sent to the client, or {@code null}
 * @param sharedEventId      the id shared by the records of one cross-account call in each account, else null
 */
@Revision("2")
public record ApiCallRecorded(String eventId, String requestId, Instant eventTime, String eventSource,
                              String eventName, String eventType, boolean readOnly, String awsRegion,
                              String sourceIpAddress, String userAgent, CallerIdentity caller,
                              String recipientAccountId, String requestParameters, String responseElements,
                              String errorCode, String errorMessage, String sharedEventId) {

    /** The aggregate type under which audit events are stored. */
    public static final String AGGREGATE_TYPE = "ApiCall";

    /** CloudTrail's {@code eventType} of every API call record. */
    public static final String AWS_API_CALL = "AwsApiCall";

    /** Whether {@code event} is an audit record, told by the stream it is stored in: nothing is deserialized. */
    public static boolean isAuditRecord(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> stored && AGGREGATE_TYPE.equals(stored.getType());
    }

    public boolean succeeded() {
        return errorCode == null;
    }
}
