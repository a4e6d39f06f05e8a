package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** An inline policy of the role was deleted. */
@Revision("1")
public record RoleInlinePolicyDeleted(String accountId, String roleId, String policyName) {
}
