package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Detach a managed policy from the user. */
public record DetachUserManagedPolicy(@TargetAggregateIdentifier String userId, String policyArn) {
}
