package dev.idcenter.queries.iam;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A role as IAM's Get/List operations show it. {@code inlinePolicies} maps each inline policy's name to its document,
 * verbatim as it was put.
 */
public record RoleView(String accountId, String roleId, String roleName, String path, String arn, Instant createDate,
                       String assumeRolePolicyDocument, String description, int maxSessionDuration,
                       String permissionsBoundaryArn, List<Tag> tags, Map<String, String> inlinePolicies) {
}
