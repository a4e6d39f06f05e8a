package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import dev.idcenter.events.organizations.OrganizationTag;

import java.time.Instant;
import java.util.List;

/** CreateAccount: the request id and the id the new account will have are chosen by the caller of the command. */
public record RequestAccountCreation(@TargetAggregateIdentifier String organizationId, String requestId,
                                     String accountId, String accountName, String email, String roleName,
                                     Instant requestedAt, List<OrganizationTag> tags) {

    public RequestAccountCreation(String organizationId, String requestId, String accountId, String accountName,
                                  String email, String roleName, Instant requestedAt) {
        this(organizationId, requestId, accountId, accountName, email, roleName, requestedAt, List.of());
    }
}
