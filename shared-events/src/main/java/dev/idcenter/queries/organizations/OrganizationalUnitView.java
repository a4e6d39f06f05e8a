package dev.idcenter.queries.organizations;

/** An organizational unit and its parent (the root or another OU). */
public record OrganizationalUnitView(String organizationalUnitId, String organizationId, String parentId, String name) {
}
