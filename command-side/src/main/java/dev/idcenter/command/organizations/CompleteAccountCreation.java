package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The account of a pending request exists: it joins the organization under the root. */
public record CompleteAccountCreation(@TargetAggregateIdentifier String organizationId, String requestId,
                                      Instant completedAt) {
}
