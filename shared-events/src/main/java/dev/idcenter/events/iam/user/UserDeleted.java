package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** The user was deleted; its name is free again. */
@Revision("1")
public record UserDeleted(String accountId, String userId, String userName) {
}
