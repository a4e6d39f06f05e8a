package dev.idcenter.queries.iam;

/** The role of an account with this name (ignoring case), as of at least {@code minPosition}. */
public record FindRole(String accountId, String roleName, long minPosition) {
}
