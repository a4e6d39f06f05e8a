package dev.idcenter.command.iam.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an access key of the user {@code Active} or {@code Inactive}. */
public record UpdateUserAccessKeyStatus(@TargetAggregateIdentifier String userId, String accessKeyId, String status) {
}
