package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete a service-linked role, as its service would; the task id lets the caller ask how it went. */
public record DeleteServiceLinkedRole(@TargetAggregateIdentifier String roleId, String deletionTaskId) {
}
