package dev.idcenter.command.credentials;

import dev.idcenter.command.api.Caller;
import dev.idcenter.events.account.RootSecretSource;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.sigv4.SigningKey;
import dev.idcenter.protocol.sigv4.SigningKeyResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Finds the principal and the (recomputed, never stored) secret behind an access key id for SigV4 verification. */
@Component
public class CredentialResolver implements SigningKeyResolver<Caller> {

    private final AccessKeyDirectory directory;
    private final MasterKeyRing masterKeys;
    private final String configuredRootAccessKeyId;
    private final String configuredRootSecret;

    public CredentialResolver(AccessKeyDirectory directory, MasterKeyRing masterKeys,
                              @Value("${idc.bootstrap.root-access-key-id:}") String configuredRootAccessKeyId,
                              @Value("${idc.bootstrap.root-secret-access-key:}") String configuredRootSecret) {
        this.directory = directory;
        this.masterKeys = masterKeys;
        this.configuredRootAccessKeyId = configuredRootAccessKeyId;
        this.configuredRootSecret = configuredRootSecret;
    }

    @Override
    public Optional<SigningKey<Caller>> resolve(String accessKeyId, Optional<String> sessionToken) {
        if (sessionToken.isPresent() && accessKeyId.startsWith("AKIA")) {
            // A long-term key signs without a token; a token with it means the client mixed up credentials.
            throw new AwsErrorException("InvalidClientTokenId", 403, "The security token included in the request is invalid.");
        }
        return directory.find(accessKeyId)
                .filter(AccessKeyRecord::active)
                .flatMap(record -> secretOf(record).map(secret -> new SigningKey<>(secret, new Caller(
                        record.principalType(), record.principalId(), record.principalArn(), record.accountId(),
                        record.accessKeyId()))));
    }

    private Optional<String> secretOf(AccessKeyRecord record) {
        if (record.secretSource() == RootSecretSource.DERIVED) {
            return masterKeys.has(record.masterKeyId())
                    ? Optional.of(masterKeys.deriveSecret(record.masterKeyId(), record.accessKeyId()))
                    : Optional.empty();
        }
        return record.accessKeyId().equals(configuredRootAccessKeyId) && !configuredRootSecret.isEmpty()
                ? Optional.of(configuredRootSecret)
                : Optional.empty();
    }
}
