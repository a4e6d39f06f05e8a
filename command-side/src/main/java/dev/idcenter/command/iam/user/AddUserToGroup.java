package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make the user a member of a group (the handler has checked the group exists). */
public record AddUserToGroup(@TargetAggregateIdentifier String userId, String groupId) {
}
