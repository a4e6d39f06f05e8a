package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an organizational unit under a parent; its id and the time arrive on the command. */
public record CreateOrganizationalUnit(@TargetAggregateIdentifier String organizationId, String organizationalUnitId, String parentId, String name, java.time.Instant createdAt,
                                       java.util.List<dev.idcenter.events.organizations.OrganizationTag> tags) {

    public CreateOrganizationalUnit(String organizationId, String organizationalUnitId, String parentId, String name,
                                    java.time.Instant createdAt) {
        this(organizationId, organizationalUnitId, parentId, name, createdAt, java.util.List.of());
    }
}
