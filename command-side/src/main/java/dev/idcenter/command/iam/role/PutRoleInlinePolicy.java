package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create or replace an inline policy of the role. */
public record PutRoleInlinePolicy(@TargetAggregateIdentifier String roleId, String policyName, String policyDocument) {
}
