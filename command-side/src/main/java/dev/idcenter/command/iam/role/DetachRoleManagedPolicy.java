package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Detach a managed policy from the role. */
public record DetachRoleManagedPolicy(@TargetAggregateIdentifier String roleId, String policyArn) {
}
