package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete the user. */
public record DeleteUser(@TargetAggregateIdentifier String userId) {
}
