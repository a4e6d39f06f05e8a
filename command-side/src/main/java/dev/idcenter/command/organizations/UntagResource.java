package dev.idcenter.command.organizations;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Remove tags by key from a root, an OU, an account or a policy; keys it does not have are ignored. */
public record UntagResource(@TargetAggregateIdentifier String organizationId, String resourceId,
                            List<String> tagKeys) {
}
