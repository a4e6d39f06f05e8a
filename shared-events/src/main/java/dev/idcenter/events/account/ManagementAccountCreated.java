package dev.idcenter.events.account;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The organization's management account came into being at first start, with its root user's access key.
 *
 * @param accountId        12-digit account id
 * @param rootAccessKeyId  the root user's access key id ({@code AKIA...}); its secret is never recorded
 * @param secretSource     how the server knows the secret
 * @param masterKeyId      the master key the secret is derived from, when {@code secretSource} is DERIVED
 * @param createdAt        when the account was created
 */
@Revision("1")
public record ManagementAccountCreated(String accountId, String rootAccessKeyId, RootSecretSource secretSource,
                                       String masterKeyId, Instant createdAt) {
}
