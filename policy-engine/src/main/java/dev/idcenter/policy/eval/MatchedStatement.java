package dev.idcenter.policy.eval;

import dev.idcenter.policy.model.Effect;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.model.Position;

/**
 * A statement that applied to a request (EVAL-14).
 *
 * @param policyId       the id the caller gave the compiled policy (name, ARN or e.g. {@code PolicyInputList.1})
 * @param policyType     which kind of policy it belongs to
 * @param statementIndex 0-based index of the statement in its policy
 * @param sid            the statement's Sid, or null
 * @param start          where the statement starts in the original text
 * @param end            where it ends
 */
public record MatchedStatement(String policyId, PolicyType policyType, int statementIndex, String sid,
                               Effect effect, Position start, Position end) {
}
