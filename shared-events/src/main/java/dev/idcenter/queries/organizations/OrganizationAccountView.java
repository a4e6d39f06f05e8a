package dev.idcenter.queries.organizations;

import java.time.Instant;

/** An account of an organization: {@code joinedMethod} is CREATED or INVITED (the management account). */
public record OrganizationAccountView(String accountId, String organizationId, String accountName, String email,
                                      String status, String joinedMethod, Instant joinedAt, String parentId) {
}
