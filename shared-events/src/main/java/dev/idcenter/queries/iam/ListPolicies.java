package dev.idcenter.queries.iam;

/**
 * The customer managed policies of an account whose path starts with {@code pathPrefix}, ordered by name, as of
 * {@code minPosition}.
 */
public record ListPolicies(String accountId, String pathPrefix, long minPosition) {
}
