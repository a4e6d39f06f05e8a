package dev.idcenter.command.iam.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an existing version the default of a customer managed policy. */
public record SetDefaultPolicyVersion(@TargetAggregateIdentifier String policyId, String versionId) {
}
