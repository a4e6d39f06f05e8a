package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were added to a root, an OU, an account or a policy, or the values of existing keys replaced. */
@Revision("1")
public record OrganizationResourceTagged(String organizationId, String resourceId, List<OrganizationTag> tags) {
}
