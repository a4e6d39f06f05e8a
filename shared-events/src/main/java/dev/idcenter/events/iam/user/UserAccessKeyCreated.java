package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A long-term access key was created for the user. Never the secret: it is derived from master key {@code masterKeyId}; {@code userArn} is the ARN the key signs as. */
@Revision("1")
public record UserAccessKeyCreated(String accountId, String userId, String userArn, String accessKeyId, String masterKeyId,
                                   String status, Instant createdAt) {
}
