package dev.idcenter.command.sts;

import dev.idcenter.command.credentials.SessionRevocations;
import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.sts.RoleSessionsRevoked;
import dev.idcenter.events.sts.SessionRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the revocations the credential resolver checks in step with the events, in the command's transaction. */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class SessionRevocationProjection {

    private final SessionRevocations revocations;

    public SessionRevocationProjection(SessionRevocations revocations) {
        this.revocations = revocations;
    }

    @EventHandler
    void on(SessionRevoked event) {
        revocations.sessionRevoked(event.sessionId(), event.accountId(), event.expiresAt());
    }

    @EventHandler
    void on(RoleSessionsRevoked event) {
        revocations.roleSessionsRevoked(event.roleId(), event.accountId(), event.issuedBefore());
    }
}
