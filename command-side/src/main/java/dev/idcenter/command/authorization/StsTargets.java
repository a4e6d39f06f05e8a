package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.policy.condition.ContextValue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What STS operations need. {@code sts:AssumeRole} is decided against the role's trust policy, which must allow
 * (EVAL-4, STS-2), with {@code sts:TagSession} when session tags are passed or inherited and
 * {@code sts:SetSourceIdentity} when a source identity is set; a missing role is refused exactly like an
 * untrusted caller.
 */
@Component
class StsTargets {

    private final AuthorizationView view;
    private final CompiledPolicies compiled;

    StsTargets(AuthorizationView view, CompiledPolicies compiled) {
        this.view = view;
        this.compiled = compiled;
    }

    List<CallTarget> of(ApiCall call, String operation, ObjectNode input) {
        Caller caller = call.caller();
        return switch (operation) {
            case "AssumeRole" -> assumeRole(caller, input);
            case "GetFederationToken" -> List.of(CallTarget.of("sts:GetFederationToken",
                    "arn:aws:sts::" + caller.accountId() + ":federated-user/" + IamWire.text(input, "Name"),
                    caller.accountId(), tagKeys(input)));
            default -> List.of(CallTarget.of("sts:" + operation, "*", caller.accountId(), Map.of()));
        };
    }

    private List<CallTarget> assumeRole(Caller caller, ObjectNode input) {
        String roleArn = IamWire.text(input, "RoleArn");
        if ("Root".equals(caller.type())) {
            throw AccessDenied.plain("Roles may not be assumed by root accounts.");
        }
        IamEntities.Role role = view.roleByArn(roleArn)
                .orElseThrow(() -> AccessDenied.plain(AccessDenied.notAuthorized(caller.arn(), "sts:AssumeRole", roleArn)));
        Map<String, ContextValue> keys = tagKeys(input);
        put(keys, "sts:ExternalId", IamWire.text(input, "ExternalId"));
        put(keys, "sts:RoleSessionName", IamWire.text(input, "RoleSessionName"));
        put(keys, "sts:SourceIdentity", IamWire.text(input, "SourceIdentity"));
        List<String> transitive = IamWire.strings(input, "TransitiveTagKeys");
        if (!transitive.isEmpty()) {
            keys.put("sts:TransitiveTagKeys", ContextValue.of(transitive));
        }
        if (input.hasNonNull("SerialNumber") && input.hasNonNull("TokenCode")) {
            // The code itself is checked by AssumeRole; the trust policy sees that MFA was presented.
            keys.put("aws:MultiFactorAuthPresent", ContextValue.of(true));
            keys.put("aws:MultiFactorAuthAge", ContextValue.of(0L));
        }
        CallTarget assume = new CallTarget("sts:AssumeRole", role.arn(), role.accountId(), keys,
                compiled.trust(role), true);
        List<CallTarget> targets = new ArrayList<>(List.of(assume));
        boolean inheritsTags = caller.session() != null && !caller.session().transitiveTagKeys().isEmpty();
        if (keys.containsKey("aws:TagKeys") || inheritsTags) {
            targets.add(assume.withAction("sts:TagSession"));
        }
        if (input.hasNonNull("SourceIdentity")) {
            targets.add(assume.withAction("sts:SetSourceIdentity"));
        }
        return targets;
    }

    private static Map<String, ContextValue> tagKeys(ObjectNode input) {
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        RequestTags.addTo(keys, input);
        return keys;
    }

    private static void put(Map<String, ContextValue> keys, String key, String value) {
        if (value != null) {
            keys.put(key, ContextValue.of(value));
        }
    }
}
