package dev.idcenter.policy.simulation;

import java.util.List;

/**
 * One {@code EvaluationResults} member: an action on one resource (or on {@code *}).
 *
 * @param evalDecision                  {@code allowed}, {@code explicitDeny} or {@code implicitDeny}
 * @param missingContextValues          filled when the resource is {@code *}; otherwise under the resource result
 * @param allowedByPermissionsBoundary  null when no boundary was given
 * @param resourceSpecificResults       one entry for a named resource, empty for {@code *}
 */
public record SimulationResult(String evalActionName, String evalResourceName, String evalDecision,
                               List<SimulatedStatement> matchedStatements, List<String> missingContextValues,
                               Boolean allowedByPermissionsBoundary, List<ResourceResult> resourceSpecificResults) {

    public SimulationResult {
        matchedStatements = List.copyOf(matchedStatements);
        missingContextValues = List.copyOf(missingContextValues);
        resourceSpecificResults = List.copyOf(resourceSpecificResults);
    }
}
