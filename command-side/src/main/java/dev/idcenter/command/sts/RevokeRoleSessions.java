package dev.idcenter.command.sts;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Make every session of a role issued before {@code issuedBefore} stop working. */
public record RevokeRoleSessions(String roleId, String accountId, String roleArn, Instant issuedBefore,
                                 Instant revokedAt, String revokedBy) {

    /** The revocation stream of the role: not the role's own id, whose stream holds the role's events. */
    @TargetAggregateIdentifier
    public String revocationId() {
        return RoleSessionRevocation.idOf(roleId);
    }
}
