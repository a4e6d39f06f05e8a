package dev.idcenter.command.iam.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Add a version to a customer managed policy, optionally making it the default. */
public record CreatePolicyVersion(@TargetAggregateIdentifier String policyId, String policyDocument, boolean setAsDefault,
                                  Instant createdAt) {
}
