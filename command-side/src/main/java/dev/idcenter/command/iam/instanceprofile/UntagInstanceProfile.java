package dev.idcenter.command.iam.instanceprofile;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove tags by key. */
public record UntagInstanceProfile(@TargetAggregateIdentifier String instanceProfileId, List<String> tagKeys) {
}
