package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** The user stopped being a member of a group. */
@Revision("1")
public record UserRemovedFromGroup(String accountId, String userId, String groupId) {
}
