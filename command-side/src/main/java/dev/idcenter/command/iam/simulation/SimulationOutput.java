package dev.idcenter.command.iam.simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.policy.model.Position;
import dev.idcenter.policy.simulation.ResourceResult;
import dev.idcenter.policy.simulation.SimulatedStatement;
import dev.idcenter.policy.simulation.SimulationResult;

import java.util.List;
import java.util.function.Function;

/** IAM's {@code SimulatePolicyResponse} shape, shared by both simulate operations, with Marker/MaxItems paging. */
final class SimulationOutput {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SimulationOutput() {
    }

    static ObjectNode of(List<SimulationResult> results, ObjectNode input) {
        return of(results, input, result -> null);
    }

    /**
     * @param allowedByOrganizations AllowedByOrganizations of a result, or null when the principal's account is in
     *                               no organization (the detail is then left out)
     */
    static ObjectNode of(List<SimulationResult> results, ObjectNode input,
                         Function<SimulationResult, Boolean> allowedByOrganizations) {
        Pagination page = Pagination.of(input, results.size(), "simulation");
        ArrayNode evaluations = JSON.arrayNode();
        page.slice(results).forEach(result -> {
            ObjectNode evaluation = evaluation(result);
            Boolean allowed = allowedByOrganizations.apply(result);
            if (allowed != null) {
                evaluation.putObject("OrganizationsDecisionDetail").put("AllowedByOrganizations", allowed);
            }
            evaluations.add(evaluation);
        });
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
            if (SimulatePrincipalPolicyHandler.ORGANIZATIONS_SOURCE.equals(statement.sourcePolicyType())) {
                continue;
            }
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

}
