package dev.idcenter.events.audit;

/**
 * Who made a call, in CloudTrail's {@code userIdentity} terms. Null members are unknown (e.g. an unauthenticated
 * call has only a type).
 *
 * @param type        {@code Root}, {@code IAMUser}, {@code AssumedRole}, {@code FederatedUser} or {@code Unknown}
 * @param principalId the principal's unique id
 * @param arn         the principal's ARN
 * @param accountId   the account the principal belongs to
 * @param accessKeyId the access key id the request was signed with (never the secret)
 */
public record CallerIdentity(String type, String principalId, String arn, String accountId, String accessKeyId) {

    public static CallerIdentity unknown(String accessKeyId) {
        return new CallerIdentity("Unknown", null, null, null, accessKeyId);
    }
}
