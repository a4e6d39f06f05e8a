package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** UpdatePolicy: each of name, description and content is changed when not null. */
public record UpdatePolicy(@TargetAggregateIdentifier String organizationId, String policyId, String name,
                           String description, String content) {
}
