package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** A managed policy (the account's own or AWS's, by ARN) was attached to the role. */
@Revision("1")
public record RoleManagedPolicyAttached(String accountId, String roleId, String policyArn) {
}
