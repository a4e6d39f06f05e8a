package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach a managed policy, already resolved by ARN, to the role. */
public record AttachRoleManagedPolicy(@TargetAggregateIdentifier String roleId, String policyArn) {
}
