package dev.idcenter.command.iam.mfa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the device from its user; {@code userId}, when the caller named a user, must be that user. */
public record DeactivateMfaDevice(@TargetAggregateIdentifier String deviceId, String userId, String serialNumber) {
}
