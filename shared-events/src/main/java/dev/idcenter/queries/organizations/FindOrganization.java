package dev.idcenter.queries.organizations;

/** The organization whose management account or member is {@code accountId}, as of at least {@code minPosition}. */
public record FindOrganization(String accountId, long minPosition) {
}
