package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove the user's permissions boundary (nothing happens when there is none). */
public record RemoveUserPermissionsBoundary(@TargetAggregateIdentifier String userId) {
}
