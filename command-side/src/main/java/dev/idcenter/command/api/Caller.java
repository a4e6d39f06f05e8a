package dev.idcenter.command.api;

import dev.idcenter.events.audit.CallerIdentity;

/**
 * The authenticated principal behind a request.
 *
 * @param type        CloudTrail's identity type: {@code Root}, {@code IAMUser}, {@code AssumedRole}, ...
 * @param principalId the principal's unique id (the account id for the root user)
 * @param arn         the principal's ARN
 * @param accountId   the account the principal belongs to
 * @param accessKeyId the access key the request was signed with
 * @param session     what the session token said, for temporary credentials; null for long-term keys
 */
public record Caller(String type, String principalId, String arn, String accountId, String accessKeyId,
                     SessionContext session) {

    /** A caller signing with a long-term access key. */
    public Caller(String type, String principalId, String arn, String accountId, String accessKeyId) {
        this(type, principalId, arn, accountId, accessKeyId, null);
    }

    public boolean temporary() {
        return session != null;
    }

    public CallerIdentity toIdentity() {
        return new CallerIdentity(type, principalId, arn, accountId, accessKeyId);
    }
}
