package dev.idcenter.policy.eval;

import dev.idcenter.policy.arn.Arn;
import dev.idcenter.policy.condition.ContextKeys;

import java.util.Locale;
import java.util.Objects;

/**
 * One authorization question: may {@code principal} perform {@code action} on {@code resource}? Build one per
 * request; the action and resource ARN are pre-split here so evaluation itself allocates nothing.
 *
 * <p>Context keys are taken as given: use {@link GlobalKeys} to derive the global keys of EVAL-13 from the
 * principal and session facts.
 */
public final class Request {

    private final RequestPrincipal principal;
    private final String action;
    private final String actionLower;
    private final String service;
    /** Re-resolved while unknown: a policy naming the service may be compiled after this request was built. */
    private int serviceId;
    private final Arn resource;
    private final String resourceAccount;
    private final ContextKeys keys;

    /**
     * @param action          {@code service:Name}
     * @param resource        the resource ARN, or {@code "*"} for actions without a resource
     * @param resourceAccount account owning the resource; null means the principal's account (same account)
     */
    public Request(RequestPrincipal principal, String action, String resource, String resourceAccount,
                   ContextKeys keys) {
        this.principal = Objects.requireNonNull(principal, "principal");
        this.action = Objects.requireNonNull(action, "action");
        this.actionLower = action.toLowerCase(Locale.ROOT);
        int colon = actionLower.indexOf(':');
        this.service = colon < 0 ? actionLower : actionLower.substring(0, colon);
        this.serviceId = ServiceIds.lookup(service);
        this.resource = Arn.of(resource == null ? "*" : resource);
        this.resourceAccount = resourceAccount;
        this.keys = keys == null ? ContextKeys.EMPTY : keys;
    }

    public RequestPrincipal principal() {
        return principal;
    }

    public String action() {
        return action;
    }

    /** Lower-cased action; actions are matched case-insensitively (EVAL-9). */
    public String actionLowerCase() {
        return actionLower;
    }

    public String service() {
        return service;
    }

    int serviceId() {
        int id = serviceId;
        if (id == ServiceIds.UNKNOWN) {
            id = ServiceIds.lookup(service);
            serviceId = id;
        }
        return id;
    }

    public Arn resource() {
        return resource;
    }

    public String resourceAccount() {
        return resourceAccount;
    }

    public ContextKeys keys() {
        return keys;
    }

    /** Cross-account when the resource's account is known and differs from the principal's (EVAL-8). */
    public boolean crossAccount() {
        return resourceAccount != null && principal.accountId() != null
                && !resourceAccount.equals(principal.accountId());
    }
}
