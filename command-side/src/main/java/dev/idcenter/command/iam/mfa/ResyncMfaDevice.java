package dev.idcenter.command.iam.mfa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Find the device's clock again from two consecutive codes; steps as in {@link EnableMfaDevice}. */
public record ResyncMfaDevice(@TargetAggregateIdentifier String deviceId, String userId, List<Long> code1Steps,
                              List<Long> code2Steps, long currentStep) {
}
