package dev.idcenter.command.iam.mfa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete an unassigned device. */
public record DeleteVirtualMfaDevice(@TargetAggregateIdentifier String deviceId) {
}
