package dev.idcenter.queries.organizations;

/** One policy attached to one target (a root, an OU or an account). */
public record OrganizationPolicyAttachmentView(String organizationId, String policyId, String targetId) {
}
