package dev.idcenter.command.iam.mfa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Spend a code the user presents as MFA: {@code codeSteps} are the time steps near {@code currentStep} at which it
 * matches the device's seed (none when it matches nowhere).
 */
public record UseMfaCode(@TargetAggregateIdentifier String deviceId, String userId, List<Long> codeSteps,
                         long currentStep) {
}
