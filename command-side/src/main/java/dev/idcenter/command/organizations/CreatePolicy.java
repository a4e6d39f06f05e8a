package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import dev.idcenter.events.organizations.OrganizationTag;

import java.time.Instant;
import java.util.List;

/** Create a policy of the organization; its id and the time arrive on the command. */
public record CreatePolicy(@TargetAggregateIdentifier String organizationId, String policyId, String name,
                           String description, String type, String content, Instant createdAt,
                           List<OrganizationTag> tags) {

    public CreatePolicy(String organizationId, String policyId, String name, String description, String type,
                        String content, Instant createdAt) {
        this(organizationId, policyId, name, description, type, content, createdAt, List.of());
    }
}
