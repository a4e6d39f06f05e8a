package dev.idcenter.command.iam.role;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a role, its trust principals bound to their unique ids (IAM-3); the id, the account and the time arrive on the command (the aggregate has no clock). */
public record CreateRole(@TargetAggregateIdentifier String roleId, String accountId, String roleName, String path, String assumeRolePolicyDocument,
                         String description, int maxSessionDuration, String permissionsBoundaryArn, List<Tag> tags,
                         Instant createdAt, Map<String, String> trustPrincipalIds) {

    /** A role whose trust policy names no user or role ARN. */
    public CreateRole(String roleId, String accountId, String roleName, String path, String assumeRolePolicyDocument,
                      String description, int maxSessionDuration, String permissionsBoundaryArn, List<Tag> tags,
                      Instant createdAt) {
        this(roleId, accountId, roleName, path, assumeRolePolicyDocument, description, maxSessionDuration,
                permissionsBoundaryArn, tags, createdAt, Map.of());
    }
}
