package dev.idcenter.queries.organizations;

import java.time.Instant;

/** An organization as Organizations' Describe/List operations show it. */
public record OrganizationView(String organizationId, String managementAccountId, String rootId, String featureSet,
                               Instant createdAt) {
}
