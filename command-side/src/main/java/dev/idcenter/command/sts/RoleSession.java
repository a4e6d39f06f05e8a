package dev.idcenter.command.sts;

import dev.idcenter.events.sts.SessionRevoked;
import dev.idcenter.events.sts.SessionStarted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One issue of temporary credentials (any kind: role, federated user, session token). Its stream is short: started,
 * perhaps revoked. Expiry is a fact recorded at the start, not an event; nothing happens when the time passes.
 */
@Aggregate
public class RoleSession {

    /** The stream type of a session's events, as Axon names this aggregate's streams. */
    static final String AGGREGATE_TYPE = "RoleSession";

    @AggregateIdentifier
    private String sessionId;
    private String accountId;
    private String accessKeyId;
    private Instant expiresAt;
    private boolean revoked;

    protected RoleSession() {
        // for Axon
    }

    /**
     * The first event of a new session's stream. A start needs no state, not even this aggregate's, so it is not a
     * command handler: the issuer stores the event with the call's audit record, in the audit trail's group commit
     * (ADR 0008). Everything later (a revocation) is a command on the aggregate loaded from that stream.
     */
    static SessionStarted started(StartSession command) {
        if (!command.expiresAt().isAfter(command.issuedAt())) {
            throw new IllegalArgumentException("a session must expire after it is issued");
        }
        if (!command.tags().stream().map(t -> t.key()).toList().containsAll(command.transitiveTagKeys())) {
            throw new IllegalArgumentException("transitive tag keys must be keys of the session's tags");
        }
        return new SessionStarted(command.sessionId(), command.kind(), command.accessKeyId(), command.accountId(),
                command.principalId(), command.principalArn(), command.issuerType(), command.issuerPrincipalId(),
                command.issuerArn(), command.callerArn(), command.sessionName(), command.sourceIdentity(),
                command.parentSessionId(), command.originArn(), command.issuedAt(), command.expiresAt(),
                command.sessionPolicyDigest(), List.copyOf(command.sessionPolicyArns()), List.copyOf(command.tags()),
                List.copyOf(command.transitiveTagKeys()), command.mfaAuthenticated(), command.sourceIp());
    }

    @CommandHandler
    void handle(RevokeSession command) {
        // Revoking twice, or after expiry, changes nothing: the credentials already do not work.
        if (revoked || !command.revokedAt().isBefore(expiresAt)) {
            return;
        }
        apply(new SessionRevoked(sessionId, accountId, accessKeyId, expiresAt, command.revokedAt(), command.revokedBy()));
    }

    @EventSourcingHandler
    void on(SessionStarted event) {
        sessionId = event.sessionId();
        accountId = event.accountId();
        accessKeyId = event.accessKeyId();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(SessionRevoked event) {
        revoked = true;
    }
}
