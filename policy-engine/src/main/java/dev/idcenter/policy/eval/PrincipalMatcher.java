package dev.idcenter.policy.eval;

import dev.idcenter.policy.model.Principals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A compiled {@code Principal}/{@code NotPrincipal} element. ARNs that were bound to unique ids when the policy
 * was saved (IAM-3) match by unique id only, so a deleted and recreated principal with the same ARN no longer
 * matches. Immutable and thread-safe.
 */
final class PrincipalMatcher {

    /** How directly a grant names the caller; decides the EVAL-4 same-account rules. Higher is more direct. */
    static final int NONE = 0;
    static final int ACCOUNT = 1;
    static final int PARENT = 2;
    static final int DIRECT = 3;

    private final boolean everyone;
    private final Set<String> accounts = new HashSet<>();
    private final Set<String> arns = new HashSet<>();
    private final Set<String> uniqueIds = new HashSet<>();
    private final Set<String> services = new HashSet<>();
    private final Set<String> federated = new HashSet<>();
    private final Set<String> canonical = new HashSet<>();

    PrincipalMatcher(Principals p, Map<String, String> boundIds) {
        this.everyone = p.everyone();
        for (String v : p.aws()) {
            if (v.length() == 12 && v.chars().allMatch(Character::isDigit)) {
                accounts.add(v);
            } else if (v.startsWith("arn:") && v.endsWith(":root")) {
                accounts.add(accountOf(v));
            } else if (v.startsWith("arn:")) {
                String id = boundIds.get(v);
                if (id != null) {
                    uniqueIds.add(id);
                } else {
                    arns.add(v);
                }
            } else {
                uniqueIds.add(v);
            }
        }
        p.service().forEach(s -> services.add(s.toLowerCase(Locale.ROOT)));
        federated.addAll(p.federated());
        canonical.addAll(p.canonicalUser());
    }

    private static String accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length > 4 ? parts[4] : "";
    }

    /** How this element names the principal: {@link #NONE} up to {@link #DIRECT}. */
    int match(RequestPrincipal p) {
        if (everyone) {
            return DIRECT;
        }
        switch (p.type()) {
            case SERVICE:
                return p.name() != null && services.contains(p.name().toLowerCase(Locale.ROOT)) ? DIRECT : NONE;
            case WEB_IDENTITY:
                return p.name() != null && federated.contains(p.name()) ? DIRECT : NONE;
            case ANONYMOUS:
                return NONE;
            default:
                break;
        }
        if (p.canonicalUserId() != null && canonical.contains(p.canonicalUserId())) {
            return DIRECT;
        }
        if (matchesSelf(p)) {
            return DIRECT;
        }
        if (matchesParent(p)) {
            return PARENT;
        }
        if (p.accountId() != null && accounts.contains(p.accountId())) {
            // The root user's own ARN is the account principal.
            return p.type() == PrincipalType.ROOT ? DIRECT : ACCOUNT;
        }
        return NONE;
    }

    /**
     * NotPrincipal excludes a caller only when every level of its identity is listed: the account, the parent
     * role or user of a session, and the caller itself (AWS's NotPrincipal guidance).
     */
    boolean excludes(RequestPrincipal p) {
        if (everyone) {
            return true;
        }
        switch (p.type()) {
            case SERVICE:
            case WEB_IDENTITY:
                return match(p) == DIRECT;
            case ANONYMOUS:
                return false;
            case ROOT:
                return accounts.contains(p.accountId());
            default:
                break;
        }
        boolean account = p.accountId() != null && accounts.contains(p.accountId());
        boolean parent = p.parentArn() == null || matchesParent(p);
        return account && parent && matchesSelf(p);
    }

    private boolean matchesSelf(RequestPrincipal p) {
        return (p.arn() != null && arns.contains(p.arn()))
                || (p.uniqueId() != null && uniqueIds.contains(p.uniqueId()));
    }

    private boolean matchesParent(RequestPrincipal p) {
        return (p.parentArn() != null && arns.contains(p.parentArn()))
                || (p.parentUniqueId() != null && uniqueIds.contains(p.parentUniqueId()));
    }
}
