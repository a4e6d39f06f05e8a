package dev.idcenter.command.iam.simulation;

import dev.idcenter.command.iam.PolicyDocuments;
import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.condition.ContextValue;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.MatchedStatement;
import dev.idcenter.policy.eval.PolicyCompiler;
import dev.idcenter.policy.eval.PolicySet;
import dev.idcenter.policy.eval.Decision;
import dev.idcenter.policy.eval.PolicyEvaluator;
import dev.idcenter.policy.eval.Request;
import dev.idcenter.command.organizations.OrganizationPolicies;
import dev.idcenter.policy.eval.RequestPrincipal;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.policy.simulation.PolicySimulator;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code iam:SimulatePrincipalPolicy} (IAM-8): the real policies of a user (and its groups), a group or a role, with
 * any extra policies of the request, evaluated by the policy engine; context keys only from ContextEntries. The SCP
 * chain of the principal's account applies (EVAL-3; never to the organization's management account) and each result
 * says whether Organizations allowed it. The management account's root may name principals of member accounts.
 */
@Component
class SimulatePrincipalPolicyHandler implements OperationHandler {

    /** Matched statements of SCPs are not reported: Organizations' part is OrganizationsDecisionDetail. */
    static final String ORGANIZATIONS_SOURCE = "organizations";

    private final PrincipalPolicies principals;
    private final OrganizationPolicies organizationPolicies;

    SimulatePrincipalPolicyHandler(PrincipalPolicies principals, OrganizationPolicies organizationPolicies) {
        this.principals = principals;
        this.organizationPolicies = organizationPolicies;
    }

    @Override
    public String action() {
        return "iam:SimulatePrincipalPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        PrincipalPolicies.Gathered principal = principals.of(call, input.get("PolicySourceArn").asText());
        Map<String, String> sourceTypes = new HashMap<>();
        PolicySet.Builder set = PolicySet.builder();
        List<List<CompiledPolicy>> scps;
        try {
            for (PrincipalPolicies.Sourced policy : principal.identity()) {
                set.identity(compile(policy.document(), PolicyType.IDENTITY, policy.id()));
                sourceTypes.putIfAbsent(policy.id(), policy.type());
            }
            List<String> extra = IamWire.strings(input, "PolicyInputList");
            for (int i = 0; i < extra.size(); i++) {
                set.identity(compile(extra.get(i), PolicyType.IDENTITY, PolicySimulator.POLICY_INPUT + (i + 1)));
            }
            List<String> boundaries = IamWire.strings(input, "PermissionsBoundaryPolicyInputList");
            if (!boundaries.isEmpty()) {
                for (int i = 0; i < boundaries.size(); i++) {
                    set.boundary(compile(boundaries.get(i), PolicyType.PERMISSIONS_BOUNDARY,
                            PolicySimulator.BOUNDARY_INPUT + (i + 1)));
                }
            } else if (principal.boundaryDocument() != null) {
                set.boundary(compile(principal.boundaryDocument(), PolicyType.PERMISSIONS_BOUNDARY, "PermissionsBoundary"));
            }
            scps = serviceControlLevels(principal.accountId());
            scps.forEach(level -> set.scpLevel(level.toArray(CompiledPolicy[]::new)));
            String resourcePolicy = IamWire.text(input, "ResourcePolicy");
            if (resourcePolicy != null) {
                set.resource(compile(resourcePolicy, PolicyType.RESOURCE, PolicySimulator.RESOURCE_POLICY));
            }
        } catch (MalformedPolicyException e) {
            throw PolicyDocuments.awsError(e);
        }
        RequestPrincipal simulated = RequestPrincipal.user(principal.arn(), principal.accountId(), principal.uniqueId());
        ContextKeys keys = contextKeys(input);
        var results = PolicySimulator.simulate(set.build(), simulated, keys,
                IamWire.strings(input, "ActionNames"), IamWire.strings(input, "ResourceArns"),
                IamWire.text(input, "ResourceOwner"), (MatchedStatement m) -> m.policyType() == PolicyType.RESOURCE
                        ? "resource" : m.policyType() == PolicyType.SCP ? ORGANIZATIONS_SOURCE
                        : sourceTypes.getOrDefault(m.policyId(), "none"));
        boolean inOrganization = organizationPolicies.organizationId(principal.accountId()).isPresent();
        return SimulationOutput.of(results, input, !inOrganization ? result -> null
                : result -> allowedByOrganizations(principal.accountId(), scps, result.evalActionName(),
                result.evalResourceName(), keys));
    }

    /**
     * The SCP chain of the principal's account, root first (EVAL-3): empty for the management account and for
     * accounts outside an organization.
     */
    private List<List<CompiledPolicy>> serviceControlLevels(String accountId) {
        return organizationPolicies.serviceControlLevels(accountId).stream()
                .map(level -> level.stream().map(p -> PolicyCompiler.compile(
                        PolicyParser.parse(p.document(), PolicyType.SCP, 0), p.policyId())).toList())
                .toList();
    }

    /** AllowedByOrganizations: the SCP levels alone, for the account's root user (who needs no identity policy). */
    private static boolean allowedByOrganizations(String accountId, List<List<CompiledPolicy>> scps, String action,
                                                  String resource, ContextKeys keys) {
        PolicySet.Builder onlyScps = PolicySet.builder();
        scps.forEach(level -> onlyScps.scpLevel(level.toArray(CompiledPolicy[]::new)));
        return PolicyEvaluator.decide(new Request(RequestPrincipal.root(accountId), action, resource, accountId, keys),
                onlyScps.build()) == Decision.ALLOWED;
    }

    private static CompiledPolicy compile(String document, PolicyType type, String id) {
        return PolicyCompiler.compile(PolicyParser.parse(document, type, 0), id);
    }

    /** IAM-8: the context comes only from ContextEntries. */
    private static ContextKeys contextKeys(ObjectNode input) {
        ContextKeys.Builder keys = ContextKeys.builder();
        if (input.has("ContextEntries")) {
            input.get("ContextEntries").forEach(entry -> {
                List<String> values = IamWire.strings((ObjectNode) entry, "ContextKeyValues");
                String type = entry.hasNonNull("ContextKeyType") ? entry.get("ContextKeyType").asText() : "string";
                if (type.toLowerCase(Locale.ROOT).startsWith("boolean")) {
                    values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
                }
                keys.put(entry.get("ContextKeyName").asText(), ContextValue.of(values));
            });
        }
        return keys.build();
    }
}
