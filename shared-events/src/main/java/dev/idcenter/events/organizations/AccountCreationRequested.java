package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * CreateAccount was accepted (state IN_PROGRESS). The new account's id is chosen here, so the process that creates
 * the account is deterministic under redelivery and replay.
 */
@Revision("1")
public record AccountCreationRequested(String organizationId, String requestId, String accountId, String accountName,
                                       String email, String roleName, Instant requestedAt) {
}
