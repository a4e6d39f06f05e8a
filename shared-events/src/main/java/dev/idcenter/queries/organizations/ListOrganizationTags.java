package dev.idcenter.queries.organizations;

/** The tags of one resource (root, OU, account or policy) of the organization, by key, as of {@code minPosition}. */
public record ListOrganizationTags(String organizationId, String resourceId, long minPosition) {
}
