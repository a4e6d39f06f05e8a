package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** DeletePolicy: only a customer managed policy attached to no target. */
public record DeletePolicy(@TargetAggregateIdentifier String organizationId, String policyId) {
}
