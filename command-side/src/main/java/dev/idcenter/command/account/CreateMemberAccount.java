package dev.idcenter.command.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Create a member account for an organization's CreateAccount request; the id and time arrive on the command. */
public record CreateMemberAccount(@TargetAggregateIdentifier String accountId, String organizationId,
                                  String accountName, String email, Instant createdAt) {
}
