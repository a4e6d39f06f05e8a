package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create an organizational unit under a parent; its id and the time arrive on the command. */
public record CreateOrganizationalUnit(@TargetAggregateIdentifier String organizationId, String organizationalUnitId, String parentId, String name, java.time.Instant createdAt) {
}
