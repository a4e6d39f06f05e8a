package dev.idcenter.queries.organizations;

import java.time.Instant;

/** One CreateAccount request: IN_PROGRESS, SUCCEEDED (with its account id) or FAILED (with its reason). */
public record CreateAccountStatusView(String requestId, String organizationId, String accountName, String state,
                                      Instant requestedAt, Instant completedAt, String accountId, String failureReason) {
}
