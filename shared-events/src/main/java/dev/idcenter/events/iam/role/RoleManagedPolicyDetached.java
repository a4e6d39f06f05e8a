package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** A managed policy was detached from the role. */
@Revision("1")
public record RoleManagedPolicyDetached(String accountId, String roleId, String policyArn) {
}
