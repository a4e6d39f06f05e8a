package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** A policy attached to no target was deleted. */
@Revision("1")
public record PolicyDeleted(String organizationId, String policyId) {
}
