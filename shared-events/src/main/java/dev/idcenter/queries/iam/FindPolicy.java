package dev.idcenter.queries.iam;

/** The customer managed policy of an account with this ARN, as of at least {@code minPosition}. */
public record FindPolicy(String accountId, String policyArn, long minPosition) {
}
