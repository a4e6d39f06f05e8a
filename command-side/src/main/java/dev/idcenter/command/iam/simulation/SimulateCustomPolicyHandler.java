package dev.idcenter.command.iam.simulation;

import dev.idcenter.command.iam.PolicyDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.simulation.ContextEntry;
import dev.idcenter.policy.simulation.PolicySimulator;
import dev.idcenter.policy.simulation.SimulationRequest;
import dev.idcenter.policy.simulation.SimulationResult;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code iam:SimulateCustomPolicy} (IAM-8): asks the policy engine about policies given in the request, with context
 * keys only from ContextEntries. How users, and our own tests, put questions to the engine over the wire.
 */
@Component
public class SimulateCustomPolicyHandler implements OperationHandler {

    @Override
    public String action() {
        return "iam:SimulateCustomPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<SimulationResult> results;
        try {
            results = PolicySimulator.simulate(new SimulationRequest(
                    strings(input.get("PolicyInputList")),
                    strings(input.get("PermissionsBoundaryPolicyInputList")),
                    text(input, "ResourcePolicy"), text(input, "ResourceOwner"), text(input, "CallerArn"),
                    contextEntries(input.get("ContextEntries")),
                    strings(input.get("ActionNames")),
                    strings(input.get("ResourceArns"))));
        } catch (MalformedPolicyException e) {
            throw PolicyDocuments.awsError(e);
        }
        return SimulationOutput.of(results, input);
    }

    private static List<ContextEntry> contextEntries(JsonNode entries) {
        List<ContextEntry> out = new ArrayList<>();
        if (entries != null) {
            entries.forEach(e -> out.add(new ContextEntry(text((ObjectNode) e, "ContextKeyName"),
                    text((ObjectNode) e, "ContextKeyType"), strings(e.get("ContextKeyValues")))));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static String text(ObjectNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}
