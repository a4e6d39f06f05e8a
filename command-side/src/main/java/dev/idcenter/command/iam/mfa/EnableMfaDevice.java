package dev.idcenter.command.iam.mfa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Assign the device to a user. The handler, which knows the seed, says at which time steps near
 * {@code currentStep} each of the two codes matches; the device decides whether they are consecutive, current and
 * unused.
 */
public record EnableMfaDevice(@TargetAggregateIdentifier String deviceId, String userId, List<Long> code1Steps,
                              List<Long> code2Steps, long currentStep, Instant enabledAt) {
}
