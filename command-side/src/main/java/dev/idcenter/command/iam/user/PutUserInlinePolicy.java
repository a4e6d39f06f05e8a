package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add or replace an inline policy of the user. */
public record PutUserInlinePolicy(@TargetAggregateIdentifier String userId, String policyName, String policyDocument) {
}
