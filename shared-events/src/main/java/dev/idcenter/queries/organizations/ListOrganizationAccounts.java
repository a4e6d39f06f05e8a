package dev.idcenter.queries.organizations;

/** Every account of the organization (management account first, then by join time), as of {@code minPosition}. */
public record ListOrganizationAccounts(String organizationId, long minPosition) {
}
