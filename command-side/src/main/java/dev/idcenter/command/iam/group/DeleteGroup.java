package dev.idcenter.command.iam.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete the group; {@code hasMembers} is what the membership directory said when the handler looked. */
public record DeleteGroup(@TargetAggregateIdentifier String groupId, boolean hasMembers) {
}
