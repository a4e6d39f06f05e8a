package dev.idcenter.queries.iam;

/**
 * The instance profiles of an account, ordered by name, as of {@code minPosition}: those under {@code pathPrefix},
 * or, when {@code roleId} is given, those that carry that role.
 */
public record ListInstanceProfiles(String accountId, String pathPrefix, String roleId, long minPosition) {
}
