package dev.idcenter.command.iam.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add or replace an inline policy of the group. */
public record PutGroupInlinePolicy(@TargetAggregateIdentifier String groupId, String policyName, String policyDocument) {
}
