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
 * any extra policies of the request, evaluated by the policy engine; context keys only from ContextEntries.
 */
@Component
class SimulatePrincipalPolicyHandler implements OperationHandler {

    private final PrincipalPolicies principals;

    SimulatePrincipalPolicyHandler(PrincipalPolicies principals) {
        this.principals = principals;
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
            String resourcePolicy = IamWire.text(input, "ResourcePolicy");
            if (resourcePolicy != null) {
                set.resource(compile(resourcePolicy, PolicyType.RESOURCE, PolicySimulator.RESOURCE_POLICY));
            }
        } catch (MalformedPolicyException e) {
            throw PolicyDocuments.awsError(e);
        }
        RequestPrincipal simulated = RequestPrincipal.user(principal.arn(), call.caller().accountId(), principal.uniqueId());
        var results = PolicySimulator.simulate(set.build(), simulated, contextKeys(input),
                IamWire.strings(input, "ActionNames"), IamWire.strings(input, "ResourceArns"),
                IamWire.text(input, "ResourceOwner"), (MatchedStatement m) -> m.policyType() == PolicyType.RESOURCE
                        ? "resource" : sourceTypes.getOrDefault(m.policyId(), "none"));
        return SimulationOutput.of(results, input);
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
