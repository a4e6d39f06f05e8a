package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were removed from a root, an OU, an account or a policy (only keys it had). */
@Revision("1")
public record OrganizationResourceUntagged(String organizationId, String resourceId, List<String> tagKeys) {
}
