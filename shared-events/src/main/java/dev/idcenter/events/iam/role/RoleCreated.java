package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;
import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/** A role came into being in an account (IAM-3). The trust policy is kept verbatim, as it was put. */
@Revision("1")
public record RoleCreated(String accountId, String roleId, String roleName, String path, String assumeRolePolicyDocument,
                          String description, int maxSessionDuration, String permissionsBoundaryArn, List<Tag> tags,
                          Instant createdAt) {
}
