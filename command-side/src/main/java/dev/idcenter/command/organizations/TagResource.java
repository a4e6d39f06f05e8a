package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.OrganizationTag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Add tags to a root, an OU, an account or a policy, replacing the values of keys it already has. */
public record TagResource(@TargetAggregateIdentifier String organizationId, String resourceId,
                          List<OrganizationTag> tags) {
}
