package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A customer managed policy of the organization (a service control policy), its content kept verbatim. */
@Revision("1")
public record PolicyCreated(String organizationId, String policyId, String name, String description, String type,
                            String content, Instant createdAt) {
}
