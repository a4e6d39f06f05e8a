package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.CallAuthorizer;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.organizations.OrganizationPolicies;
import dev.idcenter.command.organizations.OrganizationPolicies.OrgPolicy;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.Decision;
import dev.idcenter.policy.eval.EvaluationResult;
import dev.idcenter.policy.eval.GlobalKeys;
import dev.idcenter.policy.eval.PolicyEvaluator;
import dev.idcenter.policy.eval.PolicySet;
import dev.idcenter.policy.eval.Request;
import dev.idcenter.policy.eval.SessionFacts;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.protocol.OperationCall;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Authorizes every call with policy-engine before its handler runs: the caller's identity policies, permissions
 * boundary and session policies, the SCP chain of its account (never for the management account, EVAL-3), the
 * resource's policy where it has one (a role's trust policy), and the RCP chain of the resource's account for STS.
 * The account root user is allowed unless an SCP denies (EVAL-1). A refusal is AWS's AccessDenied with the reason
 * and an encoded authorization message for {@code sts:DecodeAuthorizationMessage}.
 */
@Component
class PolicyAuthorizer implements CallAuthorizer {

    /** STS-6: these need no permission and work even under an explicit deny. */
    private static final Set<String> NEEDS_NO_PERMISSION = Set.of("sts:GetCallerIdentity", "sts:GetSessionToken");
    private static final CompiledPolicy[] NONE = new CompiledPolicy[0];
    private final CallerPolicies callers;
    private final IamTargets iam;
    private final StsTargets sts;
    private final OrganizationPolicies organizations;
    private final CompiledPolicies compiled;
    private final AuthorizationMessages messages;

    PolicyAuthorizer(CallerPolicies callers, IamTargets iam, StsTargets sts, OrganizationPolicies organizations,
                     CompiledPolicies compiled, AuthorizationMessages messages) {
        this.callers = callers;
        this.iam = iam;
        this.sts = sts;
        this.organizations = organizations;
        this.compiled = compiled;
        this.messages = messages;
    }

    @Override
    public void authorize(ApiCall call, OperationCall operation, ObjectNode input) {
        String action = operation.actionName();
        if (organizations.closed(call.caller().accountId())) {
            throw AccessDenied.in(operation, AccessDenied.notAuthorizedBecause(call.caller().arn(), action,
                    "its account " + call.caller().accountId() + " is closed"));
        }
        SessionLimits.check(call.caller(), operation);
        if (NEEDS_NO_PERMISSION.contains(action)
                || call.caller().temporary() && SessionLimits.refusedByTheOperation(operation)) {
            return;
        }
        String service = operation.service().actionPrefix();
        String name = operation.operation().name();
        List<CallTarget> targets = switch (service) {
            case "iam" -> iam.of(call, name, input);
            case "sts" -> sts.of(call, name, input);
            default -> List.of(CallTarget.of(action, "*", call.caller().accountId(), Map.of()));
        };
        CallerPolicies.Resolved caller = callers.of(call.caller());
        List<CompiledPolicy[]> scps = levels(organizations.serviceControlLevels(call.caller().accountId()), PolicyType.SCP);
        for (CallTarget target : targets) {
            check(call, operation, caller, scps, target);
        }
    }

    private void check(ApiCall call, OperationCall operation, CallerPolicies.Resolved caller, List<CompiledPolicy[]> scps,
                       CallTarget target) {
        if (target.mustAllow() && organizations.closed(target.resourceAccount())) {
            // A closed account's roles are assumed by no one; the answer is an untrusted caller's (STS-7).
            throw AccessDenied.in(operation, AccessDenied.notAuthorized(call.caller().arn(), target.action(),
                    target.resource()));
        }
        PolicySet.Builder policies = PolicySet.builder()
                .identity(caller.identity())
                .boundary(caller.boundary().toArray(NONE))
                .session(caller.session().toArray(NONE));
        scps.forEach(policies::scpLevel);
        if (target.action().startsWith("sts:")) {
            // RCPs guard the resource's account for the services that support them, STS among them.
            levels(organizations.resourceControlLevels(target.resourceAccount()), PolicyType.RCP)
                    .forEach(policies::rcpLevel);
        }
        if (target.resourcePolicy() != null) {
            if (target.mustAllow()) {
                policies.resourceMustAllow(target.resourcePolicy());
            } else {
                policies.resource(target.resourcePolicy());
            }
        }
        PolicySet set = policies.build();
        Request request = request(call, caller, target);
        if (PolicyEvaluator.decide(request, set) == Decision.ALLOWED
                && trustCapsHold(call.caller(), caller, target, request)) {
            return;
        }
        if (target.mustAllow()) {
            // STS-2, STS-7: a refused AssumeRole reads the same whether the role is missing or does not trust the
            // caller; an encoded explanation would tell the two apart.
            throw AccessDenied.in(operation, AccessDenied.notAuthorized(call.caller().arn(), target.action(),
                    target.resource()));
        }
        EvaluationResult result = PolicyEvaluator.evaluate(request, set);
        throw AccessDenied.in(operation, message(call.caller(), target, result) + " Encoded authorization failure "
                + "message: " + messages.encode(request, result, call.caller().principalId(), call.caller().accountId()));
    }

    /**
     * STS-2 asks more of a role's trust than EVAL-4 gives a resource policy: the caller's boundary must allow the
     * action even when the trust policy names the caller, and a role session assuming its own role must be trusted
     * by name (a trust policy naming only the account does not let a role assume itself).
     */
    private static boolean trustCapsHold(Caller who, CallerPolicies.Resolved caller, CallTarget target,
                                         Request request) {
        if (!target.mustAllow()) {
            return true;
        }
        if (!caller.boundary().isEmpty() && PolicyEvaluator.decide(request,
                PolicySet.builder().identity(caller.boundary()).build()) != Decision.ALLOWED) {
            return false;
        }
        boolean selfAssume = who.session() != null && who.session().kind() == SessionContext.Kind.ASSUMED_ROLE
                && who.session().issuerArn().equals(target.resource());
        return !selfAssume || PolicyEvaluator.decide(request, PolicySet.builder()
                .resourceMustAllow(target.resourcePolicy())
                .boundary(caller.boundary().toArray(NONE))
                .session(caller.session().toArray(NONE))
                .build()) == Decision.ALLOWED;
    }

    private Request request(ApiCall call, CallerPolicies.Resolved caller, CallTarget target) {
        Caller who = call.caller();
        SessionContext session = who.session();
        SessionFacts facts = new SessionFacts(
                session == null ? null : session.mfaAuthenticated(),
                session != null && session.mfaAuthenticated() ? session.issuedAt() : null,
                session == null ? null : session.issuedAt(),
                session == null ? null : session.sourceIdentity(),
                null, null,
                organizations.organizationId(who.accountId()).orElse(null));
        var keys = GlobalKeys.forRequest(caller.principal(), caller.principalTags(), call.receivedAt(), facts,
                call.sourceIp(), false, call.region());
        target.keys().forEach(keys::put);
        String resourceAccount = who.accountId().equals(target.resourceAccount()) ? null : target.resourceAccount();
        return new Request(caller.principal(), target.action(), target.resource(), resourceAccount, keys.build());
    }

    private static String message(Caller caller, CallTarget target, EvaluationResult result) {
        if (result.decision() == Decision.EXPLICIT_DENY) {
            PolicyType deniedBy = result.matchedStatements().isEmpty() ? null
                    : result.matchedStatements().get(0).policyType();
            return AccessDenied.explicit(caller.arn(), target.action(), target.resource(), deniedBy);
        }
        return AccessDenied.implicit(caller.arn(), target.action(), target.resource(), result.notAllowedBy());
    }

    private List<CompiledPolicy[]> levels(List<List<OrgPolicy>> levels, PolicyType type) {
        return levels.stream()
                .map(level -> level.stream().map(p -> compiled.of(type, p.policyId(), p.document()))
                        .toArray(CompiledPolicy[]::new))
                .toList();
    }
}
