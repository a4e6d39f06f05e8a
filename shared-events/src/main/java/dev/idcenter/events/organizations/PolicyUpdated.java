package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** A policy's name, description and content as they are now (unchanged fields repeated). */
@Revision("1")
public record PolicyUpdated(String organizationId, String policyId, String name, String description, String content) {
}
