package dev.idcenter.queries.iam;

/** The roles of an account whose path starts with {@code pathPrefix}, ordered by name, as of {@code minPosition}. */
public record ListRoles(String accountId, String pathPrefix, long minPosition) {
}
