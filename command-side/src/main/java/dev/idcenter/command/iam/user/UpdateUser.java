package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rename and/or move the user; a null leaves that part as it is. */
public record UpdateUser(@TargetAggregateIdentifier String userId, String newUserName, String newPath) {
}
