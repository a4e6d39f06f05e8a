package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set or clear the role's description. */
public record ChangeRoleDescription(@TargetAggregateIdentifier String roleId, String description) {
}
