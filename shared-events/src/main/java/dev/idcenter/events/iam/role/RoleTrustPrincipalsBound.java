package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * The user and role ARNs named by the role's trust policy, bound to the unique ids they had when the policy was
 * saved (IAM-3): a principal deleted and recreated under the same name has a new id and is no longer trusted.
 * Replaces any earlier binding of the role.
 */
@Revision("1")
public record RoleTrustPrincipalsBound(String accountId, String roleId, Map<String, String> principalIds) {
}
