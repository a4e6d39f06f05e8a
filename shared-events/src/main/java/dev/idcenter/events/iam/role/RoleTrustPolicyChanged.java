package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** The role's trust (assume-role) policy was replaced; kept verbatim. */
@Revision("1")
public record RoleTrustPolicyChanged(String accountId, String roleId, String assumeRolePolicyDocument) {
}
