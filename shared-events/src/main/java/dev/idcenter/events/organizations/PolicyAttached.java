package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** A policy was attached to a target: the root, an OU or an account. */
@Revision("1")
public record PolicyAttached(String organizationId, String policyId, String targetId) {
}
