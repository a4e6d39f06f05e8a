package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Close a member account of the organization. */
public record CloseAccount(@TargetAggregateIdentifier String organizationId, String accountId, Instant closedAt) {
}
