package dev.idcenter.command.iam.group;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a group; the id, the account and the time arrive on the command. */
public record CreateGroup(@TargetAggregateIdentifier String groupId, String accountId, String groupName, String path, Instant createdAt) {
}
