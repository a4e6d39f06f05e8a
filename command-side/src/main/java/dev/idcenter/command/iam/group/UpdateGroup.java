package dev.idcenter.command.iam.group;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Rename and/or move the group; a null leaves that part as it is. */
public record UpdateGroup(@TargetAggregateIdentifier String groupId, String newGroupName, String newPath) {
}
