package dev.idcenter.command.iam.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach a managed policy to the group. */
public record AttachGroupManagedPolicy(@TargetAggregateIdentifier String groupId, String policyArn) {
}
