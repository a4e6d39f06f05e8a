package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** The user's permissions boundary was removed. */
@Revision("1")
public record UserPermissionsBoundaryRemoved(String accountId, String userId) {
}
