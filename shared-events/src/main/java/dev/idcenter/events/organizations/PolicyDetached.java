package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** A policy was detached from a target. */
@Revision("1")
public record PolicyDetached(String organizationId, String policyId, String targetId) {
}
