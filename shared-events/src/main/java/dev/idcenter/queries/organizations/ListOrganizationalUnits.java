package dev.idcenter.queries.organizations;

/** Every organizational unit of the organization, by name, as of at least {@code minPosition}. */
public record ListOrganizationalUnits(String organizationId, long minPosition) {
}
