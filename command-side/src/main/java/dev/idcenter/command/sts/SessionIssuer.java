package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.credentials.SessionClaims;
import dev.idcenter.command.credentials.SessionTokens;
import dev.idcenter.command.credentials.TemporaryAccessKeyIds;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.sts.SessionStarted;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Issues temporary credentials, the same way for every kind of session: a fresh {@code ASIA} key id carrying the
 * account, a session id, the {@code SessionStarted} event (stored with the call's audit record, durable before
 * anything is answered: ADR 0008), the secret derived and the claims sealed into the token (neither stored anywhere).
 */
@Component
public class SessionIssuer {

    private final SessionTokens tokens;

    public SessionIssuer(SessionTokens tokens) {
        this.tokens = tokens;
    }

    /** The principal a session acts as. */
    record Principal(String type, String principalId, String arn, String accountId) {
    }

    /** What a new session is; the issuer adds ids, times and secrets. */
    record Request(SessionContext.Kind kind, Principal principal, String issuerType, String issuerPrincipalId,
                   String issuerArn, String issuerAccountId, String sessionName, int durationSeconds,
                   boolean mfaAuthenticated, String sourceIdentity, String sessionPolicy, List<String> sessionPolicyArns,
                   SessionTags tags) {
    }

    /** The credentials of a started session, for the response only. */
    record Issued(String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration,
                  SessionContext session) {

        ObjectNode credentials() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("AccessKeyId", accessKeyId);
            node.put("SecretAccessKey", secretAccessKey);
            node.put("SessionToken", sessionToken);
            node.put("Expiration", expiration.toString());
            return node;
        }
    }

    Issued issue(ApiCall call, Request request) {
        SessionContext parent = call.caller().session();
        // aws:TokenIssueTime keeps the call's precision, so a revocation "issued before T" separates sessions of the
        // same second; the expiration is in whole seconds, as AWS shows it, never later than the duration asked.
        Instant issuedAt = call.receivedAt();
        Instant expiresAt = issuedAt.plusSeconds(request.durationSeconds()).truncatedTo(ChronoUnit.SECONDS);
        String sessionId = UUID.randomUUID().toString();
        String accessKeyId = TemporaryAccessKeyIds.newId(request.principal().accountId());
        String originArn = parent != null ? parent.originArn() : call.caller().arn();
        String parentSessionId = parent != null ? parent.sessionId() : null;
        SessionTags tags = request.tags();
        SessionContext session = new SessionContext(request.kind(), sessionId, request.issuerType(),
                request.issuerPrincipalId(), request.issuerArn(), request.issuerAccountId(), request.sessionName(),
                issuedAt, expiresAt, request.mfaAuthenticated(), request.sourceIdentity(), request.sessionPolicy(),
                request.sessionPolicyArns(), tags.asMap(), java.util.Set.copyOf(tags.transitiveKeys()),
                parentSessionId, originArn);
        Principal principal = request.principal();
        SessionStarted started = RoleSession.started(new StartSession(sessionId, request.kind().name(), accessKeyId,
                principal.accountId(), principal.principalId(), principal.arn(), request.issuerType(),
                request.issuerPrincipalId(), request.issuerArn(), call.caller().arn(), request.sessionName(),
                request.sourceIdentity(), parentSessionId, originArn, issuedAt, expiresAt,
                SessionPolicies.digest(request.sessionPolicy()), request.sessionPolicyArns(), tags.tags(),
                tags.transitiveKeys(), request.mfaAuthenticated(), call.sourceIp()));
        call.events().startStream(RoleSession.AGGREGATE_TYPE, sessionId, started, issuedAt);
        String token = tokens.seal(new SessionClaims(principal.type(), principal.principalId(), principal.arn(),
                principal.accountId(), accessKeyId, session));
        String secret = tokens.secretOf(tokens.currentKeyId(), accessKeyId, sessionId);
        return new Issued(accessKeyId, secret, token, expiresAt, session);
    }


    static SessionTags noTags() {
        return new SessionTags(List.<Tag>of(), List.of(), List.of());
    }
}
