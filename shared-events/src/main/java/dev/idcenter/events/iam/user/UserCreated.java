package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;
import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/** A user came into being in an account (IAM-3, user ARN {@code arn:aws:iam::ACCOUNT:user/PATH/NAME}). */
@Revision("1")
public record UserCreated(String accountId, String userId, String userName, String path, String permissionsBoundaryArn, List<Tag> tags,
                          Instant createdAt) {
}
