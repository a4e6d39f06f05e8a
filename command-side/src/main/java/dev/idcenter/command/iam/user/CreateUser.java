package dev.idcenter.command.iam.user;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a user; the id, the account and the time arrive on the command (the aggregate has no clock). */
public record CreateUser(@TargetAggregateIdentifier String userId, String accountId, String userName, String path,
                         String permissionsBoundaryArn, List<Tag> tags, Instant createdAt) {
}
