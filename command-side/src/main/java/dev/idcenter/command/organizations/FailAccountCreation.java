package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A pending request could not be carried out. */
public record FailAccountCreation(@TargetAggregateIdentifier String organizationId, String requestId,
                                  String failureReason, Instant completedAt) {
}
