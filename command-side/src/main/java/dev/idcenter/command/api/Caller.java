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
 */
public record Caller(String type, String principalId, String arn, String accountId, String accessKeyId) {

    public CallerIdentity toIdentity() {
        return new CallerIdentity(type, principalId, arn, accountId, accessKeyId);
    }
}
