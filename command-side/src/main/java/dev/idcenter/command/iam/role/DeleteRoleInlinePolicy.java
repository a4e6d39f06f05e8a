package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an inline policy of the role. */
public record DeleteRoleInlinePolicy(@TargetAggregateIdentifier String roleId, String policyName) {
}
