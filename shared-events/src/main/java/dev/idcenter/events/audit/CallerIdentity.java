package dev.idcenter.events.audit;

/**
 * Who made a call, in CloudTrail's {@code userIdentity} terms. Null members are unknown or do not apply (an
 * unauthenticated call has only a type and perhaps the access key id it claimed).
 *
 * @param type           {@code Root}, {@code IAMUser}, {@code AssumedRole}, {@code FederatedUser}, {@code AWSAccount}
 *                       (the caller as seen by another account) or {@code Unknown}
 * @param principalId    the principal's unique id
 * @param arn            the principal's ARN
 * @param accountId      the account the principal belongs to
 * @param accessKeyId    the access key id the request was signed with (never the secret)
 * @param userName       the IAM user's name, for {@code IAMUser}; else null
 * @param sessionContext the session of temporary credentials; null for long-term keys
 */
public record CallerIdentity(String type, String principalId, String arn, String accountId, String accessKeyId,
                             String userName, CallerSession sessionContext) {

    /** An identity without user name or session (revision 1 of {@link ApiCallRecorded} knew only these). */
    public CallerIdentity(String type, String principalId, String arn, String accountId, String accessKeyId) {
        this(type, principalId, arn, accountId, accessKeyId, null, null);
    }

    public static CallerIdentity unknown(String accessKeyId) {
        return new CallerIdentity("Unknown", null, null, null, accessKeyId);
    }
}
