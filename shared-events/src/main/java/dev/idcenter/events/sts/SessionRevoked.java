package dev.idcenter.events.sts;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One session's credentials stopped working before their expiry. */
@Revision("1")
public record SessionRevoked(String sessionId, String accountId, String accessKeyId, Instant expiresAt,
                             Instant revokedAt, String revokedBy) {
}
