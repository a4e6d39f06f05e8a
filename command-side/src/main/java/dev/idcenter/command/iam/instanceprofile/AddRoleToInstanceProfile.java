package dev.idcenter.command.iam.instanceprofile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put a role into the instance profile (it holds one). */
public record AddRoleToInstanceProfile(@TargetAggregateIdentifier String instanceProfileId, String roleId, String roleName) {
}
