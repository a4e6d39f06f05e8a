package dev.idcenter.command.iam.role;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a role; the id, the account and the time arrive on the command (the aggregate has no clock). */
public record CreateRole(@TargetAggregateIdentifier String roleId, String accountId, String roleName, String path, String assumeRolePolicyDocument,
                         String description, int maxSessionDuration, String permissionsBoundaryArn, List<Tag> tags,
                         Instant createdAt) {
}
