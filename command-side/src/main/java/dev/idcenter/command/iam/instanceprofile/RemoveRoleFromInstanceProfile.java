package dev.idcenter.command.iam.instanceprofile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the role out of the instance profile. */
public record RemoveRoleFromInstanceProfile(@TargetAggregateIdentifier String instanceProfileId, String roleId, String roleName) {
}
