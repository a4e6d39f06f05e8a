package dev.idcenter.events.iam.instanceprofile;

import org.axonframework.serialization.Revision;

/** The instance profile now carries this role. */
@Revision("1")
public record RoleAddedToInstanceProfile(String accountId, String instanceProfileId, String roleId, String roleName) {
}
