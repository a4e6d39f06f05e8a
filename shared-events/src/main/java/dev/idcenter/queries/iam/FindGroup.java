package dev.idcenter.queries.iam;

/** The group of an account with this name (ignoring case), as of at least {@code minPosition}. */
public record FindGroup(String accountId, String groupName, long minPosition) {
}
