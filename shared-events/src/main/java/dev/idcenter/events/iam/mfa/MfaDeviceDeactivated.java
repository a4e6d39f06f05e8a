package dev.idcenter.events.iam.mfa;

import org.axonframework.serialization.Revision;

/** The device no longer belongs to the user; it stays, unassigned, until deleted. */
@Revision("1")
public record MfaDeviceDeactivated(String accountId, String deviceId, String userId) {
}
