package dev.idcenter.events.audit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * One API call reached the server, whatever its outcome: the audit trail (AUDIT-1). Stored as a domain event of
 * the {@code ApiCall} aggregate type whose identifier is the request id, so Kafka keys it by request.
 *
 * @param requestId          the request id returned to the client
 * @param eventTime          when the call was received
 * @param eventSource        the service, as CloudTrail names it ({@code sts.amazonaws.com})
 * @param eventName          the operation ({@code GetCallerIdentity}); {@code null} when the request named none
 * @param awsRegion          the region of the signature's scope
 * @param sourceIpAddress    the client's address
 * @param userAgent          the client's User-Agent header
 * @param caller             who called
 * @param recipientAccountId the account the call acted on
 * @param errorCode          the AWS error code, or {@code null} for a success
 * @param errorMessage       the error message sent to the client, or {@code null}
 */
@Revision("1")
public record ApiCallRecorded(String requestId, Instant eventTime, String eventSource, String eventName,
                              String awsRegion, String sourceIpAddress, String userAgent, CallerIdentity caller,
                              String recipientAccountId, String errorCode, String errorMessage) {

    /** The aggregate type under which audit events are stored. */
    public static final String AGGREGATE_TYPE = "ApiCall";

    public boolean succeeded() {
        return errorCode == null;
    }
}
