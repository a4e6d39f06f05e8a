package dev.idcenter.events.organizations;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A CreateAccount request failed (state FAILED) with one of AWS's {@code CreateAccountFailureReason} values; a
 * request refused at once (a duplicate email) has this event alone, with its request time.
 */
@Revision("1")
public record AccountCreationFailed(String organizationId, String requestId, String accountName, String failureReason,
                                    Instant requestedAt, Instant completedAt) {
}
