package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/**
 * The role just created is linked to an AWS service (IAM-6): its trust and permissions belong to the service, so
 * only the service's own operations may change or delete it.
 */
@Revision("1")
public record ServiceLinkedRoleCreated(String accountId, String roleId, String awsServiceName) {
}
