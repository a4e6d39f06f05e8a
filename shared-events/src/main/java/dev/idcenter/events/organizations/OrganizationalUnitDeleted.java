package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** An empty organizational unit was deleted. */
@Revision("1")
public record OrganizationalUnitDeleted(String organizationId, String organizationalUnitId, String parentId) {
}
