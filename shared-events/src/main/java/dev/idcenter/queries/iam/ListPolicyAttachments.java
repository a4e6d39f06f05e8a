package dev.idcenter.queries.iam;

/**
 * The managed policy attachments and permissions boundary usages of an account, as of {@code minPosition}, narrowed by what is not null: one policy
 * ARN, one entity type ({@code role}, later {@code user}, {@code group}), one entity id. Ordered by policy name, then
 * entity name.
 */
public record ListPolicyAttachments(String accountId, String policyArn, String entityType, String entityId,
                                    long minPosition) {
}
