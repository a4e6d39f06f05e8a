package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cap the role's permissions with a managed policy. */
public record SetRolePermissionsBoundary(@TargetAggregateIdentifier String roleId, String permissionsBoundaryArn) {
}
