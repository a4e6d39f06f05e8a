package dev.idcenter.queries.organizations;

/** Every policy attachment of the organization, as of {@code minPosition}. */
public record ListPolicyAttachmentsOfOrganization(String organizationId, long minPosition) {
}
