package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** The role was deleted; its name is free again in its account. */
@Revision("1")
public record RoleDeleted(String accountId, String roleId, String roleName) {
}
