package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/**
 * A policy type was enabled in the root. By rule (no event of its own), the type's AWS managed full-access policy
 * ({@code FullAWSAccess}, {@code RCPFullAWSAccess}) is then attached to the root, every OU and every account.
 */
@Revision("1")
public record PolicyTypeEnabled(String organizationId, String rootId, String policyType) {
}
