package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach a policy to the root, an OU or an account. */
public record AttachPolicy(@TargetAggregateIdentifier String organizationId, String policyId, String targetId) {
}
