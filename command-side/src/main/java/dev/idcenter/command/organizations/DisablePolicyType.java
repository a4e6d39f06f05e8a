package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disable a policy type in the organization's root, detaching its policies everywhere. */
public record DisablePolicyType(@TargetAggregateIdentifier String organizationId, String rootId, String policyType) {
}
