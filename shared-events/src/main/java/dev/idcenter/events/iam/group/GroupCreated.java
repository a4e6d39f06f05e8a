package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A group came into being in an account (ARN {@code arn:aws:iam::ACCOUNT:group/PATH/NAME}). */
@Revision("1")
public record GroupCreated(String accountId, String groupId, String groupName, String path, Instant createdAt) {
}
