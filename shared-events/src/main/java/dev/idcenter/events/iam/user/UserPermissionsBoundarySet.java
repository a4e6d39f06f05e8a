package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** The user's permissions boundary was set (a managed policy ARN). */
@Revision("1")
public record UserPermissionsBoundarySet(String accountId, String userId, String permissionsBoundaryArn) {
}
