package dev.idcenter.command.sts;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/**
 * What a new session is, for {@link RoleSession#started}: ids and times arrive here (see {@code SessionStarted}). Not
 * sent on the command bus: the first event is stored with the call's audit record (ADR 0008).
 */
public record StartSession(String sessionId, String kind, String accessKeyId,
                           String accountId, String principalId, String principalArn, String issuerType,
                           String issuerPrincipalId, String issuerArn, String callerArn, String sessionName,
                           String sourceIdentity, String parentSessionId, String originArn, Instant issuedAt,
                           Instant expiresAt, String sessionPolicyDigest, List<String> sessionPolicyArns,
                           List<Tag> tags, List<String> transitiveTagKeys, boolean mfaAuthenticated,
                           String sourceIp) {
}
