package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** An access key of the user became {@code Active} or {@code Inactive}. */
@Revision("1")
public record UserAccessKeyStatusChanged(String accountId, String userId, String accessKeyId, String status) {
}
