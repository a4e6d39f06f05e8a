package dev.idcenter.command.sts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Make every session of a role issued before {@code issuedBefore} stop working. */
public record RevokeRoleSessions(@TargetAggregateIdentifier String roleId, String accountId, String roleArn,
                                 Instant issuedBefore, Instant revokedAt, String revokedBy) {
}
