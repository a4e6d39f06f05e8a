package dev.idcenter.queries.iam;

/** The instance profile of an account with this name (ignoring case), as of at least {@code minPosition}. */
public record FindInstanceProfile(String accountId, String instanceProfileName, long minPosition) {
}
