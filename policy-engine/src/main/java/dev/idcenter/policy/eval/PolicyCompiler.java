package dev.idcenter.policy.eval;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyDocument;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;

import java.util.Map;

/**
 * Turns validated documents into {@link CompiledPolicy}s.
 *
 * <p>Trust policies and other policies naming IAM principals can be bound to unique ids (IAM-3): at save time
 * resolve {@link PolicyDocument#principalArns()} to the principals' unique ids, store the map with the policy, and
 * pass it here. Bound ARNs then match only the principal holding that unique id
 * ({@link RequestPrincipal#uniqueId()} / {@link RequestPrincipal#parentUniqueId()}).
 */
public final class PolicyCompiler {

    private PolicyCompiler() {
    }

    public static CompiledPolicy compile(PolicyDocument document, String id) {
        return compile(document, id, Map.of());
    }

    /**
     * @param boundIds principal ARN → unique id bound at save time; ARNs absent from the map match by ARN
     */
    public static CompiledPolicy compile(PolicyDocument document, String id, Map<String, String> boundIds) {
        return new CompiledPolicy(id, document, boundIds == null ? Map.of() : Map.copyOf(boundIds));
    }

    /**
     * Parses, validates and compiles in one step with the type's default quota.
     *
     * @throws MalformedPolicyException when the text is not a valid policy of that type
     */
    public static CompiledPolicy parseAndCompile(String text, PolicyType type, String id) {
        return compile(PolicyParser.parse(text, type), id);
    }
}
