package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the longest session the role grants, in seconds. */
public record ChangeRoleMaxSessionDuration(@TargetAggregateIdentifier String roleId, int maxSessionDuration) {
}
