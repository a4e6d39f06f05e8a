package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** A DeleteServiceLinkedRole task finished: the role is deleted (the event after this one says so). */
@Revision("1")
public record ServiceLinkedRoleDeletionCompleted(String accountId, String roleId, String deletionTaskId) {
}
