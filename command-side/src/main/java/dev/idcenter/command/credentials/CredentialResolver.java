package dev.idcenter.command.credentials;

import dev.idcenter.command.api.Caller;
import dev.idcenter.events.account.RootSecretSource;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.sigv4.SigningKey;
import dev.idcenter.protocol.sigv4.SigningKeyResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.idcenter.command.api.SessionContext;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/** Finds the principal and the (recomputed, never stored) secret behind an access key id for SigV4 verification. */
@Component
public class CredentialResolver implements SigningKeyResolver<Caller> {

    static final String EXPIRED_MESSAGE = "The security token included in the request is expired";
    private static final String INVALID_MESSAGE = "The security token included in the request is invalid.";
    private final AccessKeyDirectory directory;
    private final MasterKeyRing masterKeys;
    private final SessionTokens sessionTokens;
    private final SessionRevocations revocations;
    private final Clock clock;
    private static final int MAX_OPENED_TOKENS = 10_000;
    private final Map<String, Opened> openedTokens = new ConcurrentHashMap<>();
    private final String configuredRootAccessKeyId;
    private final String configuredRootSecret;

    public CredentialResolver(AccessKeyDirectory directory, MasterKeyRing masterKeys, SessionTokens sessionTokens,
                              SessionRevocations revocations, Clock clock,
                              @Value("${idc.bootstrap.root-access-key-id:}") String configuredRootAccessKeyId,
                              @Value("${idc.bootstrap.root-secret-access-key:}") String configuredRootSecret) {
        this.directory = directory;
        this.masterKeys = masterKeys;
        this.sessionTokens = sessionTokens;
        this.revocations = revocations;
        this.clock = clock;
        this.configuredRootAccessKeyId = configuredRootAccessKeyId;
        this.configuredRootSecret = configuredRootSecret;
    }

    @Override
    public Optional<SigningKey<Caller>> resolve(String accessKeyId, Optional<String> sessionToken) {
        if (sessionToken.isPresent() && accessKeyId.startsWith("AKIA")) {
            // A long-term key signs without a token; a token with it means the client mixed up credentials.
            throw invalid();
        }
        if (accessKeyId.startsWith(TemporaryAccessKeyIds.PREFIX)) {
            return Optional.of(temporary(accessKeyId, sessionToken.orElseThrow(CredentialResolver::invalid)));
        }
        return directory.find(accessKeyId)
                .filter(AccessKeyRecord::active)
                .flatMap(record -> secretOf(record).map(secret -> new SigningKey<>(secret, new Caller(
                        record.principalType(), record.principalId(), record.principalArn(), record.accountId(),
                        record.accessKeyId()))));
    }

    /**
     * Temporary credentials: everything comes from the sealed token, no database read. The token must open under one
     * of our master keys for exactly this access key id; only then does its expiry count (an altered token must not
     * learn whether it would have been expired).
     */
    private SigningKey<Caller> temporary(String accessKeyId, String token) {
        Opened opened = openedTokens.get(token);
        if (opened == null) {
            opened = open(accessKeyId, token);
        }
        if (!opened.key().principal().accessKeyId().equals(accessKeyId)) {
            // The token of another access key id: what the sealed access key id refuses on first opening.
            throw invalid();
        }
        SessionContext session = opened.key().principal().session();
        if (!clock.instant().isBefore(session.expiresAt())) {
            openedTokens.remove(token);
            throw new AwsErrorException("ExpiredToken", 400, EXPIRED_MESSAGE);
        }
        if (revocations.revoked(session)) {
            throw invalid();
        }
        return opened.key();
    }

    /**
     * Opens a token and derives its session's secret once; later calls with the same token skip both (the busy path
     * of temporary credentials). Bounded: when full, the cache starts over.
     */
    private Opened open(String accessKeyId, String token) {
        SessionTokens.Unsealed unsealed = sessionTokens.unseal(accessKeyId, token).orElseThrow(CredentialResolver::invalid);
        SessionClaims claims = unsealed.claims();
        Opened opened = new Opened(new SigningKey<>(
                sessionTokens.secretOf(unsealed.keyId(), accessKeyId, claims.session().sessionId()), claims.toCaller()));
        if (openedTokens.size() >= MAX_OPENED_TOKENS) {
            openedTokens.clear();
        }
        openedTokens.put(token, opened);
        return opened;
    }

    /** A token already opened: the signing key (secret and caller) it stands for. */
    private record Opened(SigningKey<Caller> key) {
    }

    private static AwsErrorException invalid() {
        return new AwsErrorException("InvalidClientTokenId", 403, INVALID_MESSAGE);
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
