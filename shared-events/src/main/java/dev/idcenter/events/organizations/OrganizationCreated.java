package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * An organization came into being with its management account and its root; the {@code FullAWSAccess} service
 * control policy is attached to the root from the start (SCPs are enabled at creation).
 */
@Revision("1")
public record OrganizationCreated(String organizationId, String managementAccountId, String rootId, String featureSet,
                                  Instant createdAt) {
}
