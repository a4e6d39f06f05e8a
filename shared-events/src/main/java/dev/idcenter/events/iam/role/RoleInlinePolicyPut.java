package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** An inline policy of the role was created or replaced; the document is kept verbatim. */
@Revision("1")
public record RoleInlinePolicyPut(String accountId, String roleId, String policyName, String policyDocument) {
}
