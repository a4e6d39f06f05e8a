package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Create a policy of the organization; its id and the time arrive on the command. */
public record CreatePolicy(@TargetAggregateIdentifier String organizationId, String policyId, String name,
                           String description, String type, String content, Instant createdAt) {
}
