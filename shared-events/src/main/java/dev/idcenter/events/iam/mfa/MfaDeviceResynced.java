package dev.idcenter.events.iam.mfa;

import org.axonframework.serialization.Revision;

/**
 * The device's clock was found {@code driftSteps} time steps away from the server's (two consecutive codes); codes
 * are checked around that offset from now on, and steps up to {@code lastUsedStep} are spent.
 */
@Revision("1")
public record MfaDeviceResynced(String accountId, String deviceId, int driftSteps, long lastUsedStep) {
}
