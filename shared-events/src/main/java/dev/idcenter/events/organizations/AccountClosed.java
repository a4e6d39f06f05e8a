package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A member account was closed: it stays in the organization, listed with status SUSPENDED. */
@Revision("1")
public record AccountClosed(String organizationId, String accountId, Instant closedAt) {
}
