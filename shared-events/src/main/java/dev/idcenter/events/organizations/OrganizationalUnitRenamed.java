package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** An organizational unit has a new name. */
@Revision("1")
public record OrganizationalUnitRenamed(String organizationId, String organizationalUnitId, String name) {
}
