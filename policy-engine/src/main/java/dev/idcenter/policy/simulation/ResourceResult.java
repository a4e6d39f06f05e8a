package dev.idcenter.policy.simulation;

import java.util.List;

/** A {@code ResourceSpecificResults} member. */
public record ResourceResult(String evalResourceName, String evalResourceDecision,
                             List<SimulatedStatement> matchedStatements, List<String> missingContextValues,
                             Boolean allowedByPermissionsBoundary) {

    public ResourceResult {
        matchedStatements = List.copyOf(matchedStatements);
        missingContextValues = List.copyOf(missingContextValues);
    }
}
