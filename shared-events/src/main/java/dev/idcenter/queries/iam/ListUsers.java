package dev.idcenter.queries.iam;

/**
 * The users of an account whose path starts with {@code pathPrefix}, ordered by name, as of {@code minPosition}; only
 * the members of {@code groupId} when it is not null.
 */
public record ListUsers(String accountId, String pathPrefix, String groupId, long minPosition) {
}
