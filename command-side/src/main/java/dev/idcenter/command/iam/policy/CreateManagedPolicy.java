package dev.idcenter.command.iam.policy;

import dev.idcenter.events.iam.Tag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Create a customer managed policy; id, account and time arrive on the command (the aggregate has no clock). */
public record CreateManagedPolicy(@TargetAggregateIdentifier String policyId, String accountId, String policyName,
                                  String path, String description, String policyDocument, List<Tag> tags,
                                  Instant createdAt) {
}
