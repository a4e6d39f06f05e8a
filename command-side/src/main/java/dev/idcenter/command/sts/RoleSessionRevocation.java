package dev.idcenter.command.sts;

import dev.idcenter.events.sts.RoleSessionsRevoked;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A role's session cutoff, in a stream of its own next to the role's ({@code role-sessions/ROLEID}): sessions of the role issued before it no longer work. The cutoff only
 * moves forward, so a late, older revocation cannot revive sessions a newer one ended.
 */
@Aggregate
public class RoleSessionRevocation {

    @AggregateIdentifier
    private String revocationId;
    private Instant issuedBefore;

    protected RoleSessionRevocation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RevokeRoleSessions command) {
        if (command.issuedBefore().isAfter(command.revokedAt())) {
            throw new AwsErrorException("ValidationError", 400,
                    "The revocation time " + command.issuedBefore() + " is in the future.");
        }
        if (issuedBefore != null && !command.issuedBefore().isAfter(issuedBefore)) {
            return;
        }
        // A new aggregate made by CREATE_IF_MISSING needs its id before its first event is applied.
        revocationId = idOf(command.roleId());
        apply(new RoleSessionsRevoked(command.accountId(), command.roleId(), command.roleArn(), command.issuedBefore(),
                command.revokedAt(), command.revokedBy()));
    }

    static String idOf(String roleId) {
        return "role-sessions/" + roleId;
    }

    @EventSourcingHandler
    void on(RoleSessionsRevoked event) {
        revocationId = idOf(event.roleId());
        issuedBefore = event.issuedBefore();
    }
}
