package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.events.iam.Tag;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add tags or replace their values. */
public record TagInstanceProfile(@TargetAggregateIdentifier String instanceProfileId, List<Tag> tags) {
}
