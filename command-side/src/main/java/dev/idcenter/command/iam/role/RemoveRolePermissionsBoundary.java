package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove the role's permissions boundary. */
public record RemoveRolePermissionsBoundary(@TargetAggregateIdentifier String roleId) {
}
