package dev.idcenter.command.iam.role;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove tags by key. */
public record UntagRole(@TargetAggregateIdentifier String roleId, List<String> tagKeys) {
}
