package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** CreateAccount: the request id and the id the new account will have are chosen by the caller of the command. */
public record RequestAccountCreation(@TargetAggregateIdentifier String organizationId, String requestId,
                                     String accountId, String accountName, String email, String roleName,
                                     Instant requestedAt) {
}
