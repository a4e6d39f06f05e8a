package dev.idcenter.queries.iam;

/**
 * The groups of an account whose path starts with {@code pathPrefix}, ordered by name, as of {@code minPosition}; only
 * those {@code userId} belongs to when it is not null.
 */
public record ListGroups(String accountId, String pathPrefix, String userId, long minPosition) {
}
