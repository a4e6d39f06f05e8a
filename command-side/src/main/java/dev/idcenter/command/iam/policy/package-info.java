/**
 * IAM managed policies (IAM-4): customer managed policies as {@link dev.idcenter.command.iam.policy.ManagedPolicy}
 * aggregates (versions, default version, tags), AWS managed policies shipped read-only with the product
 * ({@link dev.idcenter.command.iam.policy.AwsManagedPolicies}), and the operations over both.
 *
 * <p>Where attachments live: an attachment is an event of the entity it is attached to (a role's
 * {@code RoleManagedPolicyAttached} now; users' and groups' later, by the same pattern), because the quota that matters
 * (managed policies per role/user, IAM-5) and "delete the entity only when nothing is attached" are the entity's own
 * invariants, and AWS managed policies, which have no aggregate of ours, are attached the same way. The policy side's
 * rules (no deletion while attached, attachment counts, "the attached customer policy still exists") are enforced by
 * the command side's attachment directory ({@link dev.idcenter.command.iam.PolicyDirectoryProjection}), written in
 * the command's transaction with row locks, so neither race can commit: an attachment holds a share lock on the
 * policy's directory row; a deletion deletes that row first, then counts attachments.
 */
package dev.idcenter.command.iam.policy;
