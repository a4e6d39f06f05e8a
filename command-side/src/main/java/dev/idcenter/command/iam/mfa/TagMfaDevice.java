package dev.idcenter.command.iam.mfa;

import dev.idcenter.events.iam.Tag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Add tags to the device or replace their values. */
public record TagMfaDevice(@TargetAggregateIdentifier String deviceId, List<Tag> tags) {
}
