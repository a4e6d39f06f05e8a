package dev.idcenter.command.iam;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;

import java.util.Map;

/**
 * IAM's rules for the policy documents its entities keep, the same for roles, users, groups and managed policies:
 * a document is valid for its type within a size (IAM-5, whitespace not counted), and an entity's inline policies
 * together stay within the entity's quota.
 */
public final class PolicyDocuments {

    private PolicyDocuments() {
    }

    /** Parses the document by the rules of its type; its counted size. */
    public static int validate(String document, PolicyType type, int maxSize) {
        try {
            PolicyParser.parse(document, type, maxSize);
            return PolicyParser.countedSize(document);
        } catch (MalformedPolicyException e) {
            throw awsError(e);
        }
    }

    /** The engine's refusal as IAM answers it: {@code MalformedPolicyDocument} 400, or {@code LimitExceeded} 409. */
    public static AwsErrorException awsError(MalformedPolicyException e) {
        return new AwsErrorException(e.errorCode(), MalformedPolicyException.LIMIT_EXCEEDED.equals(e.errorCode()) ? 409 : 400,
                e.getMessage());
    }

    /**
     * Refuses an inline policy that would take the entity's inline policies past {@code maxTotal}; a policy replacing
     * one of the same name does not count the old one.
     */
    public static void requireInlineQuota(Map<String, Integer> sizesByName, String policyName, int size, int maxTotal,
                                          String entityKind, String entityName) {
        int others = sizesByName.entrySet().stream()
                .filter(e -> !e.getKey().equals(policyName))
                .mapToInt(Map.Entry::getValue).sum();
        if (others + size > maxTotal) {
            throw new AwsErrorException("LimitExceeded", 409, "Maximum policy size of " + maxTotal
                    + " bytes exceeded for " + entityKind + " " + entityName);
        }
    }
}
