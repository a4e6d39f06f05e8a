package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the user's membership of a group. */
public record RemoveUserFromGroup(@TargetAggregateIdentifier String userId, String groupId, String groupName) {
}
