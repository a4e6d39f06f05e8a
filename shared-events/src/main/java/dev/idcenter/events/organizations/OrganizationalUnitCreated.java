package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An organizational unit came into being under a parent (the root or another OU). */
@Revision("1")
public record OrganizationalUnitCreated(String organizationId, String organizationalUnitId, String parentId, String name, Instant createdAt) {
}
