package dev.idcenter.policy.eval;

import dev.idcenter.policy.model.PolicyType;

import java.util.List;
import java.util.Set;

/**
 * Decides requests exactly as AWS does (EVAL-1 to EVAL-14).
 *
 * <pre>{@code
 * Decision d = PolicyEvaluator.decide(request, policies);            // fast path, allocates nothing
 * EvaluationResult r = PolicyEvaluator.evaluate(request, policies);  // with explanation (EVAL-14)
 * }</pre>
 *
 * <p>Order of reasoning: any applicable explicit Deny is final (EVAL-2); then every SCP level and every RCP level
 * must allow (EVAL-3); then the resource-based policy and the identity side (identity ∩ boundary ∩ session,
 * EVAL-5..7) combine by the same-account rules of EVAL-4 or, across accounts, must both allow (EVAL-8).
 * Stateless and thread-safe.
 */
public final class PolicyEvaluator {

    private static final int DENY = 8;
    private static final int HOW = 3;

    private PolicyEvaluator() {
    }

    /** The decision only; nothing is allocated. */
    public static Decision decide(Request request, PolicySet policies) {
        return run(request, policies, null, null);
    }

    /** The decision with matched statements, the policy type that failed to allow, and missing context keys. */
    public static EvaluationResult evaluate(Request request, PolicySet policies) {
        Trace trace = new Trace();
        PolicyType[] notAllowedBy = new PolicyType[1];
        Decision d = run(request, policies, trace, notAllowedBy);
        List<MatchedStatement> matched = switch (d) {
            case ALLOWED -> trace.allows;
            case EXPLICIT_DENY -> trace.denies;
            case IMPLICIT_DENY -> List.of();
        };
        return new EvaluationResult(d, matched, d == Decision.IMPLICIT_DENY ? notAllowedBy[0] : null,
                Set.copyOf(trace.missing));
    }

    private static Decision run(Request r, PolicySet p, Trace t, PolicyType[] notAllowedBy) {
        boolean deny = false;
        PolicyType failing = null;

        for (CompiledPolicy[] level : p.scps) {
            int res = scan(level, r, t);
            if ((res & DENY) != 0) {
                if (t == null) {
                    return Decision.EXPLICIT_DENY;
                }
                deny = true;
            }
            if ((res & HOW) == 0 && failing == null) {
                failing = PolicyType.SCP;
            }
        }
        for (CompiledPolicy[] level : p.rcps) {
            int res = scan(level, r, t);
            if ((res & DENY) != 0) {
                if (t == null) {
                    return Decision.EXPLICIT_DENY;
                }
                deny = true;
            }
            if ((res & HOW) == 0 && failing == null) {
                failing = PolicyType.RCP;
            }
        }

        int res = scan(p.resource, r, t);
        if ((res & DENY) != 0) {
            if (t == null) {
                return Decision.EXPLICIT_DENY;
            }
            deny = true;
        }
        int resourceHow = res & HOW;

        PrincipalType type = r.principal().type();
        boolean identityAllowed;
        boolean boundaryOk;
        boolean sessionOk;
        if (type == PrincipalType.ROOT) {
            // EVAL-1: the root user needs no identity policy; boundaries and sessions do not exist for it.
            identityAllowed = true;
            boundaryOk = true;
            sessionOk = true;
            deny |= hasDeny(p.identity, r, t);
        } else if (type.external()) {
            identityAllowed = false;
            boundaryOk = false;
            sessionOk = false;
        } else {
            res = scan(p.identity, r, t);
            deny |= (res & DENY) != 0;
            identityAllowed = (res & HOW) != 0;
            boundaryOk = true;
            if (p.boundary.length > 0) {
                res = scan(p.boundary, r, t);
                deny |= (res & DENY) != 0;
                boundaryOk = (res & HOW) != 0;
            }
            if (p.session.length > 0) {
                res = scan(p.session, r, t);
                deny |= (res & DENY) != 0;
                sessionOk = (res & HOW) != 0;
            } else {
                // A federated-user session always carries a session policy; without one it has no permissions.
                sessionOk = type != PrincipalType.FEDERATED_USER;
            }
        }
        if (deny) {
            return Decision.EXPLICIT_DENY;
        }
        if (failing != null) {
            return implicit(notAllowedBy, failing);
        }

        PolicyType identityFailing = !identityAllowed ? PolicyType.IDENTITY
                : !boundaryOk ? PolicyType.PERMISSIONS_BOUNDARY : !sessionOk ? PolicyType.SESSION : null;
        if (type.external()) {
            return resourceHow != PrincipalMatcher.NONE ? Decision.ALLOWED
                    : implicit(notAllowedBy, PolicyType.RESOURCE);
        }
        if (r.crossAccount()) {
            // EVAL-8: the principal's side and the resource's side must each allow.
            if (identityFailing != null) {
                return implicit(notAllowedBy, identityFailing);
            }
            return resourceHow != PrincipalMatcher.NONE ? Decision.ALLOWED
                    : implicit(notAllowedBy, PolicyType.RESOURCE);
        }
        if (p.resourceMustAllow && resourceHow == PrincipalMatcher.NONE) {
            return implicit(notAllowedBy, PolicyType.RESOURCE);
        }
        switch (resourceHow) {
            case PrincipalMatcher.DIRECT:
                // EVAL-4: a grant to the user or session ARN stands despite implicit denies on the identity side.
                return Decision.ALLOWED;
            case PrincipalMatcher.PARENT:
                // EVAL-4: a grant to the role (or the federating user) is still capped by boundary and session.
                if (boundaryOk && sessionOk) {
                    return Decision.ALLOWED;
                }
                return implicit(notAllowedBy, !boundaryOk ? PolicyType.PERMISSIONS_BOUNDARY : PolicyType.SESSION);
            default:
                // A grant to the account delegates to the account's identity policies.
                return identityFailing == null ? Decision.ALLOWED : implicit(notAllowedBy, identityFailing);
        }
    }

    private static Decision implicit(PolicyType[] out, PolicyType type) {
        if (out != null) {
            out[0] = type;
        }
        return Decision.IMPLICIT_DENY;
    }

    private static boolean hasDeny(CompiledPolicy[] policies, Request r, Trace t) {
        return (scan(policies, r, t) & DENY) != 0;
    }

    /**
     * Scans policies for statements applying to the request.
     *
     * @return {@link #DENY} if a Deny applied, or-ed with the most direct principal match of an applying Allow
     */
    private static int scan(CompiledPolicy[] policies, Request r, Trace t) {
        int best = 0;
        int service = r.serviceId();
        for (CompiledPolicy policy : policies) {
            for (CompiledStatement s : policy.candidates(service)) {
                if (t == null && !s.isDeny() && (best & HOW) == PrincipalMatcher.DIRECT) {
                    // Nothing an Allow can add any more; only Denies still matter.
                    continue;
                }
                int how = s.applies(r, t);
                if (how == PrincipalMatcher.NONE) {
                    continue;
                }
                if (t != null) {
                    t.matched(policy, s);
                }
                if (s.isDeny()) {
                    if (t == null) {
                        return DENY;
                    }
                    best |= DENY;
                } else if (how > (best & HOW)) {
                    best = (best & DENY) | how;
                }
            }
        }
        return best;
    }
}
