package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** The user became a member of a group. */
@Revision("1")
public record UserAddedToGroup(String accountId, String userId, String groupId) {
}
