package dev.idcenter.queries.organizations;

/** Every policy of the organization (the AWS managed FullAWSAccess included), by name, as of {@code minPosition}. */
public record ListOrganizationPolicies(String organizationId, long minPosition) {
}
