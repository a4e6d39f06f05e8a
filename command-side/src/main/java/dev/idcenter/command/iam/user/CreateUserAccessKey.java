package dev.idcenter.command.iam.user;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an access key for the user; its id and the master key it derives from arrive on the command. */
public record CreateUserAccessKey(@TargetAggregateIdentifier String userId, String accessKeyId, String masterKeyId, Instant createdAt) {
}
