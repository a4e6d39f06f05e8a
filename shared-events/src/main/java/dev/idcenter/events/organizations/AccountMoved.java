package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

/** An account moved from one parent (root or OU) to another. */
@Revision("1")
public record AccountMoved(String organizationId, String accountId, String sourceParentId, String destinationParentId) {
}
