package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Attach a managed policy to the user. */
public record AttachUserManagedPolicy(@TargetAggregateIdentifier String userId, String policyArn) {
}
