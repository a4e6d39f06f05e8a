package dev.idcenter.policy.eval;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.condition.ContextValue;

import java.time.Instant;
import java.util.Map;

/**
 * Derives the global condition keys the engine supplies (EVAL-13) from the principal and session facts. The
 * caller adds request-specific keys (aws:SourceIp, aws:RequestTag/..., service keys) to the returned builder.
 */
public final class GlobalKeys {

    private GlobalKeys() {
    }

    /**
     * The tags aws:PrincipalTag/k sees for a session: the role's (or user's) tags overlaid by the session tags,
     * keys compared ignoring case (EVAL-13, STS-1).
     */
    public static Map<String, String> overlayTags(Map<String, String> principalTags, Map<String, String> sessionTags) {
        Map<String, String> merged = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (principalTags != null) {
            merged.putAll(principalTags);
        }
        if (sessionTags != null) {
            merged.putAll(sessionTags);
        }
        return merged;
    }

    /**
     * @param principalTags the principal's tags, already overlaid by session tags for a session
     * @param now           the request time (aws:CurrentTime, aws:EpochTime)
     */
    public static ContextKeys.Builder forPrincipal(RequestPrincipal p, Map<String, String> principalTags,
                                                   Instant now) {
        ContextKeys.Builder b = ContextKeys.builder();
        if (now != null) {
            b.put("aws:CurrentTime", ContextValue.of(now));
            b.put("aws:EpochTime", ContextValue.of(now.getEpochSecond()));
        }
        switch (p.type()) {
            case USER -> {
                b.put("aws:PrincipalType", "User");
                b.put("aws:username", p.arn().substring(p.arn().lastIndexOf('/') + 1));
            }
            case ASSUMED_ROLE -> b.put("aws:PrincipalType", "AssumedRole");
            case FEDERATED_USER -> b.put("aws:PrincipalType", "FederatedUser");
            case ROOT -> b.put("aws:PrincipalType", "Account");
            default -> { }
        }
        if (p.accountId() != null) {
            b.put("aws:PrincipalAccount", p.accountId());
        }
        if (p.arn() != null) {
            // EVAL-13: for a role session aws:PrincipalArn is the role's ARN, not the session's.
            b.put("aws:PrincipalArn", p.type() == PrincipalType.ASSUMED_ROLE ? p.parentArn() : p.arn());
        }
        if (p.uniqueId() != null) {
            b.put("aws:userid", p.uniqueId());
        }
        if (principalTags != null) {
            principalTags.forEach((k, v) -> b.put("aws:PrincipalTag/" + k, v));
        }
        return b;
    }

    /**
     * Everything {@link #forPrincipal} derives plus the session facts and the request's transport facts.
     *
     * @param sourceIp        aws:SourceIp, or null
     * @param secureTransport aws:SecureTransport
     * @param region          aws:RequestedRegion, or null
     */
    public static ContextKeys.Builder forRequest(RequestPrincipal p, Map<String, String> principalTags, Instant now,
                                                 SessionFacts session, String sourceIp, boolean secureTransport,
                                                 String region) {
        ContextKeys.Builder b = forPrincipal(p, principalTags, now);
        SessionFacts s = session == null ? SessionFacts.NONE : session;
        if (s.mfaPresent() != null) {
            b.put("aws:MultiFactorAuthPresent", ContextValue.of(s.mfaPresent().booleanValue()));
        }
        if (s.mfaAuthTime() != null && now != null) {
            b.put("aws:MultiFactorAuthAge", ContextValue.of(now.getEpochSecond() - s.mfaAuthTime().getEpochSecond()));
        }
        if (s.tokenIssueTime() != null) {
            b.put("aws:TokenIssueTime", ContextValue.of(s.tokenIssueTime()));
        }
        if (s.sourceIdentity() != null) {
            b.put("aws:SourceIdentity", s.sourceIdentity());
            b.put("sts:SourceIdentity", s.sourceIdentity());
        }
        if (s.roleSessionName() != null) {
            b.put("sts:RoleSessionName", s.roleSessionName());
        }
        if (s.transitiveTagKeys() != null) {
            b.put("sts:TransitiveTagKeys", ContextValue.of(s.transitiveTagKeys()));
        }
        if (s.principalOrgId() != null) {
            b.put("aws:PrincipalOrgID", s.principalOrgId());
        }
        if (sourceIp != null) {
            b.put("aws:SourceIp", sourceIp);
        }
        b.put("aws:SecureTransport", ContextValue.of(secureTransport));
        if (region != null) {
            b.put("aws:RequestedRegion", region);
        }
        return b;
    }
}
