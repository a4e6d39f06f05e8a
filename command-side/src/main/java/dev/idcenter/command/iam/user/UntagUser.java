package dev.idcenter.command.iam.user;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove tags of the user. */
public record UntagUser(@TargetAggregateIdentifier String userId, List<String> tagKeys) {
}
