package dev.idcenter.events.iam.mfa;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The device was assigned to a user with two consecutive codes; steps up to {@code lastUsedStep} are spent. */
@Revision("1")
public record MfaDeviceEnabled(String accountId, String deviceId, String userId, Instant enabledAt, long lastUsedStep) {
}
