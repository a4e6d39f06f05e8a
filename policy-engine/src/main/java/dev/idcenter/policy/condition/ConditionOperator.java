package dev.idcenter.policy.condition;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The base condition operators of EVAL-11, without set qualifier or {@code IfExists}. */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", Family.STRING, Comparison.EQ, false),
    STRING_NOT_EQUALS("StringNotEquals", Family.STRING, Comparison.EQ, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQ, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQ, true),
    STRING_LIKE("StringLike", Family.STRING_LIKE, Comparison.EQ, false),
    STRING_NOT_LIKE("StringNotLike", Family.STRING_LIKE, Comparison.EQ, true),
    NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Comparison.EQ, false),
    NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, Comparison.EQ, true),
    NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Comparison.LT, false),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, Comparison.LTE, false),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Comparison.GT, false),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, Comparison.GTE, false),
    DATE_EQUALS("DateEquals", Family.DATE, Comparison.EQ, false),
    DATE_NOT_EQUALS("DateNotEquals", Family.DATE, Comparison.EQ, true),
    DATE_LESS_THAN("DateLessThan", Family.DATE, Comparison.LT, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, Comparison.LTE, false),
    DATE_GREATER_THAN("DateGreaterThan", Family.DATE, Comparison.GT, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE, Comparison.GTE, false),
    BOOL("Bool", Family.BOOL, Comparison.EQ, false),
    BINARY_EQUALS("BinaryEquals", Family.BINARY, Comparison.EQ, false),
    IP_ADDRESS("IpAddress", Family.IP, Comparison.EQ, false),
    NOT_IP_ADDRESS("NotIpAddress", Family.IP, Comparison.EQ, true),
    ARN_EQUALS("ArnEquals", Family.ARN, Comparison.EQ, false),
    ARN_LIKE("ArnLike", Family.ARN, Comparison.EQ, false),
    ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, Comparison.EQ, true),
    ARN_NOT_LIKE("ArnNotLike", Family.ARN, Comparison.EQ, true),
    NULL("Null", Family.NULL, Comparison.EQ, false);

    /** How values are typed and compared. */
    public enum Family { STRING, STRING_IGNORE_CASE, STRING_LIKE, NUMERIC, DATE, BOOL, BINARY, IP, ARN, NULL }

    /** Ordering comparisons for numeric and date operators. */
    public enum Comparison { EQ, LT, LTE, GT, GTE }

    /** Set qualifier of EVAL-11. */
    public enum SetQualifier { NONE, FOR_ALL_VALUES, FOR_ANY_VALUE }

    /** A fully qualified operator as written in a policy. */
    public record Qualified(ConditionOperator base, SetQualifier qualifier, boolean ifExists) {
    }

    private static final Map<String, ConditionOperator> BY_NAME = new HashMap<>();

    static {
        for (ConditionOperator op : values()) {
            BY_NAME.put(op.awsName.toLowerCase(Locale.ROOT), op);
        }
    }

    private final String awsName;
    private final Family family;
    private final Comparison comparison;
    private final boolean negated;

    ConditionOperator(String awsName, Family family, Comparison comparison, boolean negated) {
        this.awsName = awsName;
        this.family = family;
        this.comparison = comparison;
        this.negated = negated;
    }

    public String awsName() {
        return awsName;
    }

    public Family family() {
        return family;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** Negated operators are NOR over their values and true when the key is missing (EVAL-10). */
    public boolean negated() {
        return negated;
    }

    /**
     * Parses {@code [ForAllValues:|ForAnyValue:]Operator[IfExists]}; operator names are matched ignoring case.
     *
     * @return the operator, or null when the text names none ({@code NullIfExists} is not an operator)
     */
    public static Qualified parse(String text) {
        if (text == null) {
            return null;
        }
        String rest = text;
        SetQualifier qualifier = SetQualifier.NONE;
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("forallvalues:")) {
            qualifier = SetQualifier.FOR_ALL_VALUES;
            lower = lower.substring("forallvalues:".length());
        } else if (lower.startsWith("foranyvalue:")) {
            qualifier = SetQualifier.FOR_ANY_VALUE;
            lower = lower.substring("foranyvalue:".length());
        }
        boolean ifExists = false;
        ConditionOperator op = BY_NAME.get(lower);
        if (op == null && lower.endsWith("ifexists")) {
            op = BY_NAME.get(lower.substring(0, lower.length() - "ifexists".length()));
            ifExists = true;
            if (op == NULL) {
                return null;
            }
        }
        return op == null ? null : new Qualified(op, qualifier, ifExists);
    }
}
