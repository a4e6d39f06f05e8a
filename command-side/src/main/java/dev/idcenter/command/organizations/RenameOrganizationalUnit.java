package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** UpdateOrganizationalUnit: rename an OU (unique among its siblings). */
public record RenameOrganizationalUnit(@TargetAggregateIdentifier String organizationId, String organizationalUnitId, String name) {
}
