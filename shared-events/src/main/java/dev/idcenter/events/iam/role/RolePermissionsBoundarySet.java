package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** The role's permissions boundary is now this managed policy. */
@Revision("1")
public record RolePermissionsBoundarySet(String accountId, String roleId, String permissionsBoundaryArn) {
}
