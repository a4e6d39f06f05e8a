package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** A policy type was disabled in the root: by rule, every policy of that type is detached from every target. */
@Revision("1")
public record PolicyTypeDisabled(String organizationId, String rootId, String policyType) {
}
