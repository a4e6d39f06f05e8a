package dev.idcenter.queries.iam;

/** The versions of a customer managed policy, newest first, as of {@code minPosition}; empty when there is no such policy. */
public record ListPolicyVersions(String accountId, String policyArn, long minPosition) {
}
