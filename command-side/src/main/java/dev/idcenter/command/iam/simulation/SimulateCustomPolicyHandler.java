package dev.idcenter.command.iam.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.Position;
import dev.idcenter.policy.simulation.ContextEntry;
import dev.idcenter.policy.simulation.PolicySimulator;
import dev.idcenter.policy.simulation.ResourceResult;
import dev.idcenter.policy.simulation.SimulatedStatement;
import dev.idcenter.policy.simulation.SimulationRequest;
import dev.idcenter.policy.simulation.SimulationResult;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code iam:SimulateCustomPolicy} (IAM-8): asks the policy engine about policies given in the request, with context
 * keys only from ContextEntries. How users, and our own tests, put questions to the engine over the wire.
 */
@Component
public class SimulateCustomPolicyHandler implements OperationHandler {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

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
            throw new AwsErrorException(e.errorCode(), 400, e.getMessage());
        }
        Pagination page = Pagination.of(input, results.size(), "simulation");
        ArrayNode evaluations = JSON.arrayNode();
        page.slice(results).forEach(result -> evaluations.add(evaluation(result)));
        ObjectNode output = JSON.objectNode();
        output.set("EvaluationResults", evaluations);
        page.describe(output);
        return output;
    }

    private static ObjectNode evaluation(SimulationResult result) {
        ObjectNode node = JSON.objectNode();
        node.put("EvalActionName", result.evalActionName());
        node.put("EvalResourceName", result.evalResourceName());
        node.put("EvalDecision", result.evalDecision());
        node.set("MatchedStatements", statements(result.matchedStatements()));
        node.set("MissingContextValues", JSON.arrayNode().addAll(result.missingContextValues().stream()
                .map(JSON::textNode).toList()));
        boundary(node, result.allowedByPermissionsBoundary());
        if (!result.resourceSpecificResults().isEmpty()) {
            ArrayNode specific = node.putArray("ResourceSpecificResults");
            for (ResourceResult resource : result.resourceSpecificResults()) {
                ObjectNode r = specific.addObject();
                r.put("EvalResourceName", resource.evalResourceName());
                r.put("EvalResourceDecision", resource.evalResourceDecision());
                r.set("MatchedStatements", statements(resource.matchedStatements()));
                r.set("MissingContextValues", JSON.arrayNode().addAll(resource.missingContextValues().stream()
                        .map(JSON::textNode).toList()));
                boundary(r, resource.allowedByPermissionsBoundary());
            }
        }
        return node;
    }

    private static void boundary(ObjectNode node, Boolean allowedByBoundary) {
        if (allowedByBoundary != null) {
            node.putObject("PermissionsBoundaryDecisionDetail").put("AllowedByPermissionsBoundary", allowedByBoundary);
        }
    }

    private static ArrayNode statements(List<SimulatedStatement> statements) {
        ArrayNode array = JSON.arrayNode();
        for (SimulatedStatement statement : statements) {
            ObjectNode s = array.addObject();
            s.put("SourcePolicyId", statement.sourcePolicyId());
            s.put("SourcePolicyType", statement.sourcePolicyType());
            position(s, "StartPosition", statement.startPosition());
            position(s, "EndPosition", statement.endPosition());
        }
        return array;
    }

    private static void position(ObjectNode node, String name, Position position) {
        if (position != null) {
            node.putObject(name).put("Line", position.line()).put("Column", position.column());
        }
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
