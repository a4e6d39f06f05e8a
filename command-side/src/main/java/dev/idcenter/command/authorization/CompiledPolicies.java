package dev.idcenter.command.authorization;

import dev.idcenter.command.iam.policy.AwsManagedPolicies;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.PolicyCompiler;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled policies by their text, so a document is parsed once however many principals and calls use it. Every
 * document here was validated when it was saved; quotas are not checked again.
 */
@Component
class CompiledPolicies {

    private static final int MAX_ENTRIES = 20_000;
    private final Map<Key, CompiledPolicy> cache = new ConcurrentHashMap<>();
    private final AuthorizationView view;
    private final AwsManagedPolicies awsManaged;

    private record Key(PolicyType type, String id, String document, Map<String, String> bound) {
    }

    CompiledPolicies(AuthorizationView view, AwsManagedPolicies awsManaged) {
        this.view = view;
        this.awsManaged = awsManaged;
    }

    CompiledPolicy of(PolicyType type, String id, String document) {
        return compile(new Key(type, id, document, Map.of()));
    }

    /** The role's trust policy with its principals bound to their unique ids (IAM-3). */
    CompiledPolicy trust(IamEntities.Role role) {
        return compile(new Key(PolicyType.TRUST, role.arn(), role.trustPolicy(), role.trustBound()));
    }

    /** The default version of a managed policy, customer's (of any account) or AWS's; empty when it is gone. */
    Optional<CompiledPolicy> managed(PolicyType type, String arn) {
        Optional<String> document = AwsManagedPolicies.isAwsArn(arn)
                ? awsManaged.find(arn).map(AwsManagedPolicies.AwsPolicy::document)
                : view.managedPolicy(arn).map(IamEntities.ManagedPolicy::document);
        return document.map(text -> of(type, arn, text));
    }

    private CompiledPolicy compile(Key key) {
        CompiledPolicy found = cache.get(key);
        if (found != null) {
            return found;
        }
        if (cache.size() >= MAX_ENTRIES) {
            // Old documents pile up as policies change; starting over is cheaper than tracking their use.
            cache.clear();
        }
        return cache.computeIfAbsent(key, k -> PolicyCompiler.compile(
                PolicyParser.parse(k.document(), k.type(), Integer.MAX_VALUE), k.id(), k.bound()));
    }
}
