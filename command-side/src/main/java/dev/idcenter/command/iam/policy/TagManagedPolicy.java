package dev.idcenter.command.iam.policy;

import dev.idcenter.events.iam.Tag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Add tags to a customer managed policy or replace their values. */
public record TagManagedPolicy(@TargetAggregateIdentifier String policyId, List<Tag> tags) {
}
