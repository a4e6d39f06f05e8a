package dev.idcenter.command.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What temporary credentials carry about the session they belong to: read from the sealed session token on every
 * call, never from a database. Authorization, audit and STS (for chaining) read it; nothing in it is secret.
 *
 * @param kind              how the session was made
 * @param sessionId         the {@code RoleSession} aggregate id
 * @param issuerType        CloudTrail's {@code sessionIssuer.type}: {@code Role}, {@code IAMUser} or {@code Root}
 * @param issuerPrincipalId the issuer's unique id ({@code AROA...}, {@code AIDA...}, or the account id for root)
 * @param issuerArn         the role's ARN (path included) or the user's ARN
 * @param issuerAccountId   the issuer's account
 * @param sessionName       RoleSessionName, or the federated user's Name; null for GetSessionToken
 * @param issuedAt          {@code aws:TokenIssueTime}
 * @param expiresAt         after this instant the credentials answer ExpiredToken
 * @param mfaAuthenticated  whether MFA was presented when the session was made
 * @param sourceIdentity    SourceIdentity, fixed for the whole chain; null when none
 * @param sessionPolicy     the inline session policy (AssumeRole {@code Policy}, GetFederationToken {@code Policy}); null when none
 * @param sessionPolicyArns managed session policies (PolicyArns); empty when none
 * @param sessionTags       session tags (transitive ones from the parent included), overlaying principal tags
 * @param transitiveTagKeys the keys of {@code sessionTags} that pass down a role chain
 * @param parentSessionId   the session whose credentials made this one (role chaining); null otherwise
 * @param originArn         the long-term identity (user or root ARN) that started the chain
 */
public record SessionContext(Kind kind, String sessionId, String issuerType, String issuerPrincipalId,
                             String issuerArn, String issuerAccountId, String sessionName, Instant issuedAt,
                             Instant expiresAt, boolean mfaAuthenticated, String sourceIdentity, String sessionPolicy,
                             List<String> sessionPolicyArns, Map<String, String> sessionTags,
                             Set<String> transitiveTagKeys, String parentSessionId, String originArn) {

    public enum Kind {
        /** AssumeRole: acts as the role, capped by the session policies. */
        ASSUMED_ROLE,
        /** GetFederationToken: the user's permissions intersected with the session policies. */
        FEDERATED_USER,
        /** GetSessionToken: the user's (or root's) own permissions; IAM only with MFA, STS only AssumeRole and GetCallerIdentity. */
        SESSION_TOKEN
    }

    public SessionContext {
        sessionPolicyArns = sessionPolicyArns == null ? List.of() : List.copyOf(sessionPolicyArns);
        sessionTags = sessionTags == null ? Map.of() : Map.copyOf(sessionTags);
        transitiveTagKeys = transitiveTagKeys == null ? Set.of() : Set.copyOf(transitiveTagKeys);
    }
}
