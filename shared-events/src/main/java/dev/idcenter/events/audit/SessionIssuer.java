package dev.idcenter.events.audit;

/**
 * CloudTrail's {@code sessionContext.sessionIssuer}.
 *
 * @param type        {@code Role}, {@code IAMUser} or {@code Root}
 * @param principalId the issuer's unique id ({@code AROA...}, {@code AIDA...}, or the account id for root)
 * @param arn         the issuer's ARN
 * @param accountId   the issuer's account
 * @param userName    the role's or user's friendly name; null for root
 */
public record SessionIssuer(String type, String principalId, String arn, String accountId, String userName) {
}
