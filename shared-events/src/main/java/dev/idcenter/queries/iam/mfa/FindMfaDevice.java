package dev.idcenter.queries.iam.mfa;

/** The virtual MFA device with this unique id, as of at least {@code minPosition}. */
public record FindMfaDevice(String accountId, String deviceId, long minPosition) {
}
