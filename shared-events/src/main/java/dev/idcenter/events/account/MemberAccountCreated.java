package dev.idcenter.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A member account was created by an organization's CreateAccount (IAM namespace of its own, no root key). */
@Revision("1")
public record MemberAccountCreated(String accountId, String organizationId, String accountName, String email,
                                   Instant createdAt) {
}
