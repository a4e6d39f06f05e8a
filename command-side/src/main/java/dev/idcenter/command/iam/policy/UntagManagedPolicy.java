package dev.idcenter.command.iam.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Remove tags from a customer managed policy. */
public record UntagManagedPolicy(@TargetAggregateIdentifier String policyId, List<String> tagKeys) {
}
