package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an OU that has no accounts and no child OUs. */
public record DeleteOrganizationalUnit(@TargetAggregateIdentifier String organizationId, String organizationalUnitId) {
}
