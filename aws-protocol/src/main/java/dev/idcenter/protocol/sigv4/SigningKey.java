package dev.idcenter.protocol.sigv4;

import java.util.Objects;

/**
 * The secret access key behind an access key id, and who it belongs to.
 *
 * @param secretAccessKey the secret; never printed by {@link #toString()}
 * @param principal       who signs with it
 * @param <P>             the application's principal type
 */
public record SigningKey<P>(String secretAccessKey, P principal) {

    public SigningKey {
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        Objects.requireNonNull(principal, "principal");
    }

    @Override
    public String toString() {
        return "SigningKey[secretAccessKey=****, principal=" + principal + "]";
    }
}
