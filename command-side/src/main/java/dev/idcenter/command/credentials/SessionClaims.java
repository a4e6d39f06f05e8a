package dev.idcenter.command.credentials;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;

import java.util.Objects;

/**
 * What a session token says, sealed inside it: the principal the temporary credentials act as and the session they
 * belong to. Enough to build the {@link Caller} of every call without a database read; nothing in it is secret.
 *
 * @param type        CloudTrail's identity type ({@code AssumedRole}, {@code FederatedUser}, {@code IAMUser}, {@code Root})
 * @param principalId the principal's id ({@code AROA...:session}, {@code ACCOUNT:name}, {@code AIDA...}, account id)
 * @param arn         the principal's ARN
 * @param accountId   the account the principal acts in
 * @param accessKeyId the temporary access key id ({@code ASIA...}) the token belongs to
 * @param session     the session's facts
 */
public record SessionClaims(String type, String principalId, String arn, String accountId, String accessKeyId,
                            SessionContext session) {

    public SessionClaims {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(session, "session");
    }

    public Caller toCaller() {
        return new Caller(type, principalId, arn, accountId, accessKeyId, session);
    }
}
