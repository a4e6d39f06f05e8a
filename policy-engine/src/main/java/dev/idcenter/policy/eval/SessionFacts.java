package dev.idcenter.policy.eval;

import java.time.Instant;
import java.util.List;

/**
 * Facts about the caller's credentials that feed global condition keys (EVAL-13). Null members are simply absent,
 * e.g. {@code mfaPresent} is null for long-term access keys so {@code aws:MultiFactorAuthPresent} is missing.
 *
 * @param mfaPresent         aws:MultiFactorAuthPresent
 * @param mfaAuthTime        when MFA was used, for aws:MultiFactorAuthAge
 * @param tokenIssueTime     aws:TokenIssueTime
 * @param sourceIdentity     aws:SourceIdentity and sts:SourceIdentity
 * @param roleSessionName    sts:RoleSessionName
 * @param transitiveTagKeys  sts:TransitiveTagKeys
 * @param principalOrgId     aws:PrincipalOrgID
 */
public record SessionFacts(Boolean mfaPresent, Instant mfaAuthTime, Instant tokenIssueTime, String sourceIdentity,
                           String roleSessionName, List<String> transitiveTagKeys, String principalOrgId) {

    /** Long-term credentials: nothing known about a session. */
    public static final SessionFacts NONE = new SessionFacts(null, null, null, null, null, null, null);
}
