package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Create a role linked to an AWS service: its name, path and trust are the service's (IAM-6). */
public record CreateServiceLinkedRole(@TargetAggregateIdentifier String roleId, String accountId, String roleName,
                                      String path, String assumeRolePolicyDocument, String description,
                                      String awsServiceName, Instant createdAt) {
}
