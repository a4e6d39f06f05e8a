package dev.idcenter.queries.organizations;

import java.time.Instant;
import java.util.List;

/** An organization as Organizations' Describe/List operations show it, with the policy types enabled in its root. */
public record OrganizationView(String organizationId, String managementAccountId, String rootId, String featureSet,
                               Instant createdAt, List<String> enabledPolicyTypes) {
}
