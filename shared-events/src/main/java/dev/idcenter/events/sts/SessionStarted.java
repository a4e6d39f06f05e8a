package dev.idcenter.events.sts;

import dev.idcenter.events.iam.Tag;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * Temporary credentials were issued (AssumeRole, GetFederationToken, GetSessionToken). Facts and ids only: never the
 * secret access key nor the session token, which are derived from the master key and sealed (ADR 0006). The session
 * expires at {@code expiresAt} without any further event.
 *
 * @param sessionId           the {@code RoleSession} aggregate id
 * @param kind                {@code ASSUMED_ROLE}, {@code FEDERATED_USER} or {@code SESSION_TOKEN}
 * @param accessKeyId         the temporary access key id ({@code ASIA...}), not secret
 * @param accountId           the account the session acts in (the role's account for AssumeRole)
 * @param principalId         the session principal's id ({@code AROA...:name}, {@code ACCOUNT:name}, {@code AIDA...})
 * @param principalArn        the session principal's ARN
 * @param issuerType          {@code Role}, {@code IAMUser} or {@code Root}
 * @param issuerPrincipalId   the role's, user's or account's id
 * @param issuerArn           the role's ARN (path included) or the user's ARN
 * @param callerArn           who asked for the credentials
 * @param sessionName         RoleSessionName or the federated user's Name; null for GetSessionToken
 * @param sourceIdentity      SourceIdentity, fixed for a whole chain; null when none
 * @param parentSessionId     the session whose credentials asked (role chaining); null otherwise
 * @param originArn           the long-term identity that started the chain
 * @param issuedAt            {@code aws:TokenIssueTime}
 * @param expiresAt           when the credentials stop working
 * @param sessionPolicyDigest SHA-256 (hex) of the inline session policy; null when none
 * @param sessionPolicyArns   managed session policies
 * @param tags                session tags, inherited transitive ones included
 * @param transitiveTagKeys   the keys of {@code tags} passed down a chain
 * @param mfaAuthenticated    whether MFA was presented
 * @param sourceIp            the caller's source IP address
 */
@Revision("1")
public record SessionStarted(String sessionId, String kind, String accessKeyId, String accountId, String principalId,
                             String principalArn, String issuerType, String issuerPrincipalId, String issuerArn,
                             String callerArn, String sessionName, String sourceIdentity, String parentSessionId,
                             String originArn, Instant issuedAt, Instant expiresAt, String sessionPolicyDigest,
                             List<String> sessionPolicyArns, List<Tag> tags, List<String> transitiveTagKeys,
                             boolean mfaAuthenticated, String sourceIp) {
}
