package dev.idcenter.queries.sts;

import java.time.Instant;

/**
 * One session of a lineage: who it acted as, who issued it, who asked, and where its chain started. Never a secret.
 *
 * @param revokedAt when it was revoked on its own; null when not (role-wide cutoffs are not shown here)
 */
public record SessionView(String sessionId, String accessKeyId, String kind, String accountId, String principalArn,
                          String issuerArn, String callerArn, String sessionName, String sourceIdentity,
                          String parentSessionId, String originArn, Instant issuedAt, Instant expiresAt,
                          boolean mfaAuthenticated, String sourceIp, Instant revokedAt) {
}
