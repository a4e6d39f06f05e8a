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
 * A role's session cutoff, keyed by the role id: sessions of the role issued before it no longer work. The cutoff only
 * moves forward, so a late, older revocation cannot revive sessions a newer one ended.
 */
@Aggregate
public class RoleSessionRevocation {

    @AggregateIdentifier
    private String roleId;
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
        apply(new RoleSessionsRevoked(command.accountId(), command.roleId(), command.roleArn(), command.issuedBefore(),
                command.revokedAt(), command.revokedBy()));
    }

    @EventSourcingHandler
    void on(RoleSessionsRevoked event) {
        roleId = event.roleId();
        issuedBefore = event.issuedBefore();
    }
}
