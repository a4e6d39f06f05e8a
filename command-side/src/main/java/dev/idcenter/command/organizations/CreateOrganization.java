package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Create an organization; its id, its root's id and the time arrive on the command. */
public record CreateOrganization(@TargetAggregateIdentifier String organizationId, String managementAccountId,
                                 String rootId, String featureSet, Instant createdAt) {
}
