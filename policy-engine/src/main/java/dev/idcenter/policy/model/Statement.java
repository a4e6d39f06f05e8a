package dev.idcenter.policy.model;

import java.util.List;

/**
 * One parsed statement, as written. Exactly one of each pair (Action/NotAction, Resource/NotResource,
 * Principal/NotPrincipal) is set; the flags tell which.
 *
 * @param index        0-based position of the statement in the policy
 * @param sid          the Sid, or null
 * @param principals   Principal or NotPrincipal value, or null when absent
 * @param actions      Action or NotAction values
 * @param resources    Resource or NotResource values (empty when absent, as in trust policies)
 * @param start        position of the statement's opening brace in the original text
 * @param end          position just after the statement's closing brace
 */
public record Statement(int index, String sid, Effect effect,
                        Principals principals, boolean notPrincipal,
                        List<String> actions, boolean notAction,
                        List<String> resources, boolean notResource,
                        List<ConditionClause> conditions,
                        Position start, Position end) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }
}
