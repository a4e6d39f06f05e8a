package dev.idcenter.command.iam.user;

import dev.idcenter.events.iam.Tag;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add or replace tags of the user. */
public record TagUser(@TargetAggregateIdentifier String userId, List<Tag> tags) {
}
