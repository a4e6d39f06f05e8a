package dev.idcenter.queries.iam;

/**
 * One managed policy attached to one IAM entity of an account. {@code entityType} is {@code role} (later {@code user},
 * {@code group}); the entity's name and path are its current ones; the policy's name and path come from its ARN.
 * {@code usage} is {@code PermissionsPolicy} for an attachment, {@code PermissionsBoundary} when the policy is the
 * entity's permissions boundary (IAM's PolicyUsageType).
 */
public record PolicyAttachmentView(String accountId, String policyArn, String policyName, String policyPath,
                                   String entityType, String entityId, String entityName, String entityPath,
                                   String usage) {
}
