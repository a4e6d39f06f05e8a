package dev.idcenter.policy.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A validated policy document: the original text kept verbatim (GetRolePolicy returns what was put) and its
 * parsed statements.
 *
 * @param text       the document exactly as received
 * @param type       the policy type it was validated for
 * @param version    {@code 2012-10-17}, {@code 2008-10-17} or null when absent
 * @param id         the {@code Id} element, or null
 * @param statements statements in document order
 */
public record PolicyDocument(String text, PolicyType type, String version, String id, List<Statement> statements) {

    public static final String VERSION_2012 = "2012-10-17";

    public PolicyDocument {
        statements = List.copyOf(statements);
    }

    /** Policy variables are only substituted under version 2012-10-17 (EVAL-12). */
    public boolean supportsVariables() {
        return VERSION_2012.equals(version);
    }

    /**
     * The IAM user and role ARNs named under {@code Principal.AWS} / {@code NotPrincipal.AWS}. A caller saving a
     * trust policy resolves these to unique ids (IAM-3) and passes the bindings to the compiler.
     */
    public Set<String> principalArns() {
        Set<String> arns = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s.principals() == null) {
                continue;
            }
            for (String value : s.principals().aws()) {
                if (value.startsWith("arn:") && (value.contains(":user/") || value.contains(":role/"))) {
                    arns.add(value);
                }
            }
        }
        return arns;
    }

    /** Convenience for callers listing statement Sids. */
    public List<String> sids() {
        List<String> sids = new ArrayList<>();
        statements.forEach(s -> sids.add(s.sid()));
        return sids;
    }
}
