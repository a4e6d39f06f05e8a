package dev.idcenter.policy.condition;

import dev.idcenter.policy.arn.Arn;
import dev.idcenter.policy.arn.ArnPattern;
import dev.idcenter.policy.arn.Glob;
import dev.idcenter.policy.condition.ConditionOperator.Family;
import dev.idcenter.policy.condition.ConditionOperator.SetQualifier;
import dev.idcenter.policy.model.ConditionClause;

import java.util.List;
import java.util.Locale;

/**
 * One condition clause (operator, key, values) with its values pre-typed: numbers, dates, CIDR blocks, ARN and
 * wildcard patterns are parsed at compile time. Implements the combination rules of EVAL-10 and EVAL-11.
 * Immutable and thread-safe.
 */
public final class CompiledCondition {

    private final ConditionOperator op;
    private final SetQualifier qualifier;
    private final boolean ifExists;
    private final String key;
    private final String lowerKey;
    private final int n;
    private final Template[] templates;
    private final String[] strings;
    private final Glob[] globs;
    private final ArnPattern[] arns;
    private final double[] numbers;
    private final long[] dates;
    private final IpRange[] ips;

    private CompiledCondition(ConditionClause clause, boolean variablesEnabled) {
        ConditionOperator.Qualified q = ConditionOperator.parse(clause.operator());
        if (q == null) {
            throw new IllegalArgumentException("unknown operator " + clause.operator());
        }
        this.op = q.base();
        this.qualifier = q.qualifier();
        this.ifExists = q.ifExists();
        this.key = clause.key();
        this.lowerKey = clause.key().toLowerCase(Locale.ROOT);
        List<String> values = clause.values();
        this.n = values.size();
        Family family = op.family();
        boolean textual = family == Family.STRING || family == Family.STRING_IGNORE_CASE
                || family == Family.STRING_LIKE || family == Family.ARN;
        templates = new Template[n];
        strings = new String[n];
        globs = family == Family.STRING_LIKE ? new Glob[n] : null;
        arns = family == Family.ARN ? new ArnPattern[n] : null;
        numbers = family == Family.NUMERIC ? new double[n] : null;
        dates = family == Family.DATE ? new long[n] : null;
        ips = family == Family.IP ? new IpRange[n] : null;
        for (int i = 0; i < n; i++) {
            String v = values.get(i);
            templates[i] = Template.compile(v, textual && variablesEnabled);
            strings[i] = family == Family.BOOL || family == Family.NULL ? v.toLowerCase(Locale.ROOT) : v;
            if (templates[i].isStatic()) {
                if (globs != null) {
                    globs[i] = Glob.compile(v);
                }
                if (arns != null) {
                    arns[i] = ArnPattern.compile(v);
                }
            }
            if (numbers != null) {
                numbers[i] = Numbers.parse(v);
            }
            if (dates != null) {
                dates[i] = Dates.parse(v);
            }
            if (ips != null) {
                ips[i] = IpRange.parse(v);
            }
        }
    }

    public static CompiledCondition compile(ConditionClause clause, boolean variablesEnabled) {
        return new CompiledCondition(clause, variablesEnabled);
    }

    /** The key as written in the policy. */
    public String key() {
        return key;
    }

    public ConditionOperator operator() {
        return op;
    }

    /**
     * Evaluates the clause against the request's keys.
     *
     * @param sink receives missing key names; null on the fast path
     */
    public boolean evaluate(ContextKeys keys, MissingKeySink sink) {
        ContextValue value = keys.getLowerCased(lowerKey);
        boolean present = value != null && value.size() > 0;
        if (op == ConditionOperator.NULL) {
            // EVAL-10: Null tests presence itself; "true" asks for the key to be absent. Values are ORed.
            for (int i = 0; i < n; i++) {
                if ("true".equals(strings[i]) ? !present : "false".equals(strings[i]) && present) {
                    return true;
                }
            }
            return false;
        }
        if (!present) {
            if (sink != null) {
                sink.missing(key);
            }
            if (ifExists || qualifier == SetQualifier.FOR_ALL_VALUES) {
                return true;
            }
            if (qualifier == SetQualifier.FOR_ANY_VALUE) {
                return false;
            }
            return op.negated();
        }
        boolean negated = op.negated();
        int size = value.size();
        switch (qualifier) {
            case FOR_ALL_VALUES:
                // EVAL-11: every request value must satisfy the (possibly negated) operator.
                for (int r = 0; r < size; r++) {
                    if (anyMatches(value, r, keys, sink) == negated) {
                        return false;
                    }
                }
                return true;
            case FOR_ANY_VALUE:
                for (int r = 0; r < size; r++) {
                    if (anyMatches(value, r, keys, sink) != negated) {
                        return true;
                    }
                }
                return false;
            default:
                // EVAL-10: values ORed; a negated operator is the NOR of its values.
                for (int r = 0; r < size; r++) {
                    if (anyMatches(value, r, keys, sink)) {
                        return !negated;
                    }
                }
                return negated;
        }
    }

    /** Whether request value {@code r} matches any policy value under the positive form of the operator. */
    private boolean anyMatches(ContextValue value, int r, ContextKeys keys, MissingKeySink sink) {
        for (int p = 0; p < n; p++) {
            if (matches(value, r, p, keys, sink)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(ContextValue value, int r, int p, ContextKeys keys, MissingKeySink sink) {
        switch (op.family()) {
            case STRING:
            case BINARY: {
                if (templates[p].isStatic()) {
                    return value.get(r).equals(strings[p]);
                }
                Template.Buffer t = templates[p].resolveInPlace(keys, sink);
                return t != null && value.get(r).contentEquals(t.text());
            }
            case STRING_IGNORE_CASE: {
                if (templates[p].isStatic()) {
                    return value.get(r).equalsIgnoreCase(strings[p]);
                }
                Template.Buffer t = templates[p].resolveInPlace(keys, sink);
                return t != null && equalsIgnoreCase(value.get(r), t.text());
            }
            case BOOL:
                return value.get(r).equalsIgnoreCase(strings[p]);
            case STRING_LIKE: {
                Glob g = globs[p];
                String v = value.get(r);
                if (g == null) {
                    Template.Buffer t = templates[p].resolveInPlace(keys, sink);
                    return t != null && Glob.matches(t.text(), t.literal(), 0, t.text().length(), v, 0, v.length());
                }
                return g.matches(v);
            }
            case ARN: {
                ArnPattern a = arns[p];
                Arn arn = value.arn(r);
                if (a == null) {
                    Template.Buffer t = templates[p].resolveInPlace(keys, sink);
                    return t != null && ArnPattern.matches(t.text(), t.literal(), arn);
                }
                return a.matches(arn);
            }
            case NUMERIC:
                return compare(value.number(r), numbers[p]);
            case DATE: {
                long d = value.date(r);
                long pd = dates[p];
                if (d == Dates.INVALID || pd == Dates.INVALID) {
                    return false;
                }
                return compare(Long.compare(d, pd));
            }
            case IP:
                return ips[p] != null && ips[p].contains(value.ip(r));
            default:
                return false;
        }
    }

    private static boolean equalsIgnoreCase(String a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && Character.toLowerCase(Character.toUpperCase(x))
                    != Character.toLowerCase(Character.toUpperCase(y))) {
                return false;
            }
        }
        return true;
    }

    private boolean compare(double request, double policy) {
        if (Double.isNaN(request) || Double.isNaN(policy)) {
            return false;
        }
        return compare(Double.compare(request, policy));
    }

    private boolean compare(int cmp) {
        switch (op.comparison()) {
            case LT:
                return cmp < 0;
            case LTE:
                return cmp <= 0;
            case GT:
                return cmp > 0;
            case GTE:
                return cmp >= 0;
            default:
                return cmp == 0;
        }
    }
}
