package dev.idcenter.events.iam.instanceprofile;

import org.axonframework.serialization.Revision;

/** The instance profile no longer carries this role. */
@Revision("1")
public record RoleRemovedFromInstanceProfile(String accountId, String instanceProfileId, String roleId) {
}
