package dev.idcenter.command.iam.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an inline policy of the group. */
public record DeleteGroupInlinePolicy(@TargetAggregateIdentifier String groupId, String policyName) {
}
