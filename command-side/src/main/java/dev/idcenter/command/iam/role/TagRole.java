package dev.idcenter.command.iam.role;

import dev.idcenter.events.iam.Tag;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add tags or replace their values. */
public record TagRole(@TargetAggregateIdentifier String roleId, List<Tag> tags) {
}
