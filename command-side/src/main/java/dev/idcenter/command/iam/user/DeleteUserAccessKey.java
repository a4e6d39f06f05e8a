package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an access key of the user. */
public record DeleteUserAccessKey(@TargetAggregateIdentifier String userId, String accessKeyId) {
}
