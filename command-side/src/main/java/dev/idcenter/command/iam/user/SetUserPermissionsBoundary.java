package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the user's permissions boundary. */
public record SetUserPermissionsBoundary(@TargetAggregateIdentifier String userId, String permissionsBoundaryArn) {
}
