package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete the role; only once nothing is attached to it. */
public record DeleteRole(@TargetAggregateIdentifier String roleId) {
}
