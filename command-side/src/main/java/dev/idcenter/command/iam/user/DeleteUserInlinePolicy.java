package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an inline policy of the user. */
public record DeleteUserInlinePolicy(@TargetAggregateIdentifier String userId, String policyName) {
}
