package dev.idcenter.command.iam.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Detach a managed policy from the group. */
public record DetachGroupManagedPolicy(@TargetAggregateIdentifier String groupId, String policyArn) {
}
