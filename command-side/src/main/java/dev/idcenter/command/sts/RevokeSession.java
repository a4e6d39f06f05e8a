package dev.idcenter.command.sts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Make one session's credentials stop working now. */
public record RevokeSession(@TargetAggregateIdentifier String sessionId, Instant revokedAt, String revokedBy) {
}
