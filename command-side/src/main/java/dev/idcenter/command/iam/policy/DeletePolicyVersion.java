package dev.idcenter.command.iam.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete a non-default version of a customer managed policy. */
public record DeletePolicyVersion(@TargetAggregateIdentifier String policyId, String versionId) {
}
