package dev.idcenter.command.authorization;

import dev.idcenter.policy.condition.ContextValue;
import dev.idcenter.policy.eval.CompiledPolicy;

import java.util.Map;

/**
 * One permission a call needs: the action on the resource, with the request's own condition keys and, where the
 * resource has one, its resource-based policy (a role's trust policy for {@code sts:AssumeRole}).
 *
 * @param action          {@code service:Operation}
 * @param resource        the resource ARN, or {@code *}
 * @param resourceAccount the account owning the resource
 * @param keys            request-specific condition keys (aws:RequestTag/..., iam:PolicyARN, sts:ExternalId, ...)
 * @param resourcePolicy  the resource-based policy, or null
 * @param mustAllow       whether the resource policy must itself allow (role trust policies: EVAL-4)
 */
record CallTarget(String action, String resource, String resourceAccount, Map<String, ContextValue> keys,
                  CompiledPolicy resourcePolicy, boolean mustAllow) {

    static CallTarget of(String action, String resource, String resourceAccount, Map<String, ContextValue> keys) {
        return new CallTarget(action, resource, resourceAccount, keys, null, false);
    }

    CallTarget withAction(String otherAction) {
        return new CallTarget(otherAction, resource, resourceAccount, keys, resourcePolicy, mustAllow);
    }
}
