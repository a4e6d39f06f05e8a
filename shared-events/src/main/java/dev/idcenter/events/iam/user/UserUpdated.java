package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** The user was renamed and/or moved to another path; both the new name and path are stated, as is the old name. */
@Revision("1")
public record UserUpdated(String accountId, String userId, String oldUserName, String userName, String path) {
}
