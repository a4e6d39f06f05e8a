package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Detach a policy from the root, an OU or an account. */
public record DetachPolicy(@TargetAggregateIdentifier String organizationId, String policyId, String targetId) {
}
