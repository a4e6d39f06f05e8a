package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** An access key of the user was deleted; it no longer authenticates. */
@Revision("1")
public record UserAccessKeyDeleted(String accountId, String userId, String accessKeyId) {
}
