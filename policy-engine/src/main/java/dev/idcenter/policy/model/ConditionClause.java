package dev.idcenter.policy.model;

import java.util.List;

/**
 * One key under one condition operator, e.g. {@code "StringEquals": {"aws:username": ["a", "b"]}}.
 *
 * @param operator the operator as written, including any {@code ForAllValues:}/{@code ForAnyValue:} prefix and
 *                 {@code IfExists} suffix
 * @param key      the condition key as written (matched case-insensitively, EVAL-10)
 * @param values   the values as text (numbers and booleans in the JSON keep their literal spelling)
 */
public record ConditionClause(String operator, String key, List<String> values) {

    public ConditionClause {
        values = List.copyOf(values);
    }
}
