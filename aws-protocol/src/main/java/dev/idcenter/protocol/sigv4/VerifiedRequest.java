package dev.idcenter.protocol.sigv4;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request whose SigV4 signature checked out: who signed it and with which scope.
 *
 * @param principal    the principal the {@link SigningKeyResolver} returned for the access key
 * @param accessKeyId  the access key id from the credential scope
 * @param region       the region of the credential scope, as the client signed it (any region is accepted)
 * @param service      the signing name of the credential scope (e.g. {@code sts}, {@code iam}, {@code sso})
 * @param signedAt     the request's {@code X-Amz-Date} (or {@code Date})
 * @param sessionToken the {@code X-Amz-Security-Token}, if sent; never printed by {@link #toString()}
 * @param presigned    true for the query-string (presigned URL) form, false for the {@code Authorization} header
 * @param <P>          the application's principal type
 */
public record VerifiedRequest<P>(P principal, String accessKeyId, String region, String service, Instant signedAt,
                                 Optional<String> sessionToken, boolean presigned) {

    public VerifiedRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(sessionToken, "sessionToken");
    }

    @Override
    public String toString() {
        return "VerifiedRequest[principal=" + principal + ", accessKeyId=" + accessKeyId + ", region=" + region
                + ", service=" + service + ", signedAt=" + signedAt + ", sessionToken="
                + (sessionToken.isPresent() ? "****" : "none") + ", presigned=" + presigned + "]";
    }
}
