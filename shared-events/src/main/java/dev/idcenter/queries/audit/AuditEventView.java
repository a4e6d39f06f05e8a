package dev.idcenter.queries.audit;

import java.time.Instant;

/**
 * One audit record as LookupEvents shows it.
 *
 * @param eventId         CloudTrail's {@code eventID}
 * @param eventName       the operation, or null when the request named none
 * @param readOnly        whether the operation only reads
 * @param accessKeyId     the access key id of the caller, or null
 * @param eventTime       when the call was received, as stored (microseconds)
 * @param eventSource     the service ({@code iam.amazonaws.com})
 * @param username        the user, role session or {@code root} behind the call, or null
 * @param resourceType    the type of the resource the call named ({@code AWS::IAM::Role}), or null
 * @param resourceName    that resource's ARN, or null
 * @param cloudTrailEvent the whole record as CloudTrail's JSON
 */
public record AuditEventView(String eventId, String eventName, boolean readOnly, String accessKeyId,
                             Instant eventTime, String eventSource, String username, String resourceType,
                             String resourceName, String cloudTrailEvent) {
}
