package dev.idcenter.command.iam.mfa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Remove tags from the device by key (ignoring case). */
public record UntagMfaDevice(@TargetAggregateIdentifier String deviceId, List<String> tagKeys) {
}
