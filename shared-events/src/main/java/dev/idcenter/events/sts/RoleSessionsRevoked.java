package dev.idcenter.events.sts;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Every session of a role issued before {@code issuedBefore} stopped working (the direct form of AWS's
 * {@code aws:TokenIssueTime} deny policy). Sessions issued later are not affected.
 */
@Revision("1")
public record RoleSessionsRevoked(String accountId, String roleId, String roleArn, Instant issuedBefore,
                                  Instant revokedAt, String revokedBy) {
}
