package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The requested account exists and has joined the organization under its root (state SUCCEEDED). */
@Revision("1")
public record AccountCreationSucceeded(String organizationId, String requestId, String accountId, String accountName,
                                       String email, String parentId, Instant completedAt) {
}
