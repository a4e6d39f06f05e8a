package dev.idcenter.queries.iam;

/** The user of an account with this name (ignoring case), or with this id when {@code userName} is null, as of at least {@code minPosition}. */
public record FindUser(String accountId, String userName, String userId, long minPosition) {
}
