package dev.idcenter.command.iam.instanceprofile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Delete the instance profile; only once it carries no role. */
public record DeleteInstanceProfile(@TargetAggregateIdentifier String instanceProfileId) {
}
