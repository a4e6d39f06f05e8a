package dev.idcenter.events.account;

/**
 * Where the secret of an account root access key comes from. The secret itself is never in an event: it is either
 * derived from the server's master key ring, or supplied by the operator's configuration at every start.
 */
public enum RootSecretSource {
    /** {@code HMAC(masterKey[masterKeyId], accessKeyId)}: the server recomputes it, nobody reads it from storage. */
    DERIVED,
    /** Supplied by {@code IDC_ROOT_SECRET_ACCESS_KEY}; the operator must keep supplying it. */
    CONFIGURED
}
