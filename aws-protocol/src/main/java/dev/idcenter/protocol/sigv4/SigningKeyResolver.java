package dev.idcenter.protocol.sigv4;

import java.util.Optional;

/**
 * Looks up the secret behind an access key id, for {@link SigV4Verifier}.
 *
 * @param <P> the principal type the caller's application uses (a user, a role session, the root, ...)
 */
@FunctionalInterface
public interface SigningKeyResolver<P> {

    /**
     * The secret and principal behind an access key id, or empty when unknown. {@code sessionToken} is the
     * {@code X-Amz-Security-Token} if sent. May itself throw {@link dev.idcenter.protocol.AwsErrorException}
     * (e.g. {@code ExpiredToken}). Called only after the request's form, scope and time have been checked, and
     * before the signature is; it must have no side effect that depends on the signature being valid.
     */
    Optional<SigningKey<P>> resolve(String accessKeyId, Optional<String> sessionToken);
}
