package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

/** The group was renamed and/or moved to another path; both the new name and path are stated, as is the old name. */
@Revision("1")
public record GroupUpdated(String accountId, String groupId, String oldGroupName, String groupName, String path) {
}
