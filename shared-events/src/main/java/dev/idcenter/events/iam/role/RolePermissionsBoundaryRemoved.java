package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** The role no longer has a permissions boundary. */
@Revision("1")
public record RolePermissionsBoundaryRemoved(String accountId, String roleId) {
}
