package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** The role's description changed (an empty description removes it). */
@Revision("1")
public record RoleDescriptionChanged(String accountId, String roleId, String description) {
}
