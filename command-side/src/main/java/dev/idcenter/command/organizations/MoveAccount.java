package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move an account from its parent to another. */
public record MoveAccount(@TargetAggregateIdentifier String organizationId, String accountId, String sourceParentId, String destinationParentId) {
}
