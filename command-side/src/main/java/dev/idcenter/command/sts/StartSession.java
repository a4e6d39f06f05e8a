package dev.idcenter.command.sts;

import dev.idcenter.events.iam.Tag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Record that temporary credentials are issued; ids and times arrive on the command (see {@code SessionStarted}). */
public record StartSession(@TargetAggregateIdentifier String sessionId, String kind, String accessKeyId,
                           String accountId, String principalId, String principalArn, String issuerType,
                           String issuerPrincipalId, String issuerArn, String callerArn, String sessionName,
                           String sourceIdentity, String parentSessionId, String originArn, Instant issuedAt,
                           Instant expiresAt, String sessionPolicyDigest, List<String> sessionPolicyArns,
                           List<Tag> tags, List<String> transitiveTagKeys, boolean mfaAuthenticated,
                           String sourceIp) {
}
