package dev.idcenter.policy.eval;

import dev.idcenter.policy.model.PolicyType;

import java.util.List;
import java.util.Set;

/**
 * A decision with its explanation (EVAL-14).
 *
 * @param decision           the final decision
 * @param matchedStatements  for ALLOWED the Allow statements that applied, for EXPLICIT_DENY the Deny statements;
 *                           empty for IMPLICIT_DENY
 * @param notAllowedBy       for IMPLICIT_DENY the policy type that did not allow (IDENTITY, PERMISSIONS_BOUNDARY,
 *                           SESSION, RESOURCE, SCP or RCP); otherwise null
 * @param missingContextKeys keys that conditions or policy variables of applicable statements needed but the
 *                           request lacked, as written in the policies
 */
public record EvaluationResult(Decision decision, List<MatchedStatement> matchedStatements, PolicyType notAllowedBy,
                               Set<String> missingContextKeys) {

    public EvaluationResult {
        matchedStatements = List.copyOf(matchedStatements);
        missingContextKeys = Set.copyOf(missingContextKeys);
    }

    public boolean allowed() {
        return decision == Decision.ALLOWED;
    }
}
