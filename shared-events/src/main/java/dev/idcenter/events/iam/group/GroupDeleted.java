package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

/** The group was deleted; its name is free again. */
@Revision("1")
public record GroupDeleted(String accountId, String groupId, String groupName) {
}
