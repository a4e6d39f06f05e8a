package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the role's trust policy. */
public record ChangeRoleTrustPolicy(@TargetAggregateIdentifier String roleId, String assumeRolePolicyDocument) {
}
