package dev.idcenter.command.account;

import dev.idcenter.events.account.RootSecretSource;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Create the management account and its root access key at first start. Everything, including the time, arrives
 * on the command: the aggregate has no clock and no randomness.
 */
public record CreateManagementAccount(@TargetAggregateIdentifier String accountId, String rootAccessKeyId,
                                      RootSecretSource secretSource, String masterKeyId, Instant createdAt) {
}
