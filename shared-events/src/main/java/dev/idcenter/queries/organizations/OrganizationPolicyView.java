package dev.idcenter.queries.organizations;

/** A policy of an organization; {@code awsManaged} for FullAWSAccess. */
public record OrganizationPolicyView(String policyId, String organizationId, String name, String description,
                                     String type, String content, boolean awsManaged) {
}
