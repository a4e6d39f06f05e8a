package dev.idcenter.policy.eval;

import java.util.Objects;

/**
 * The principal of a request, as a resource or trust policy's {@code Principal} element sees it.
 *
 * @param type           kind of principal
 * @param arn            the principal's own ARN (session ARN for sessions); null for service/web/anonymous
 * @param accountId      the principal's account; null for service/web/anonymous
 * @param uniqueId       the principal's unique id (AIDA... for users, AROA...:session for role sessions); may be null
 * @param parentArn      for a role session the role's ARN, for a federated user the IAM user's ARN; else null
 * @param parentUniqueId unique id of the parent (AROA... of the role) for matching bound trust policies (IAM-3)
 * @param name           service principal name or identity-provider name for SERVICE / WEB_IDENTITY;
 *                       canonical user id is {@code canonicalUserId}
 * @param canonicalUserId S3 canonical user id, or null
 */
public record RequestPrincipal(PrincipalType type, String arn, String accountId, String uniqueId,
                               String parentArn, String parentUniqueId, String name, String canonicalUserId) {

    public RequestPrincipal {
        Objects.requireNonNull(type, "type");
    }

    public static RequestPrincipal root(String accountId) {
        return new RequestPrincipal(PrincipalType.ROOT, "arn:aws:iam::" + accountId + ":root", accountId, accountId,
                null, null, null, null);
    }

    public static RequestPrincipal user(String arn, String accountId, String uniqueId) {
        return new RequestPrincipal(PrincipalType.USER, arn, accountId, uniqueId, null, null, null, null);
    }

    /**
     * A role session.
     *
     * @param sessionArn   {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}
     * @param roleArn      the role's ARN, with its path
     * @param roleUniqueId the role's AROA... id
     */
    public static RequestPrincipal assumedRole(String sessionArn, String accountId, String roleArn,
                                               String roleUniqueId, String sessionName) {
        return new RequestPrincipal(PrincipalType.ASSUMED_ROLE, sessionArn, accountId,
                roleUniqueId == null ? null : roleUniqueId + ":" + sessionName, roleArn, roleUniqueId, null, null);
    }

    public static RequestPrincipal federatedUser(String federatedUserArn, String accountId, String userArn,
                                                 String userUniqueId) {
        // aws:userid of a federated user is "account:name" (AWS's principal key table).
        String name = federatedUserArn.substring(federatedUserArn.lastIndexOf('/') + 1);
        return new RequestPrincipal(PrincipalType.FEDERATED_USER, federatedUserArn, accountId,
                accountId + ":" + name, userArn, userUniqueId, null, null);
    }

    public static RequestPrincipal service(String servicePrincipal) {
        return new RequestPrincipal(PrincipalType.SERVICE, null, null, null, null, null, servicePrincipal, null);
    }

    /** @param provider OIDC provider host or SAML/OIDC provider ARN, as a trust policy's {@code Federated} names it */
    public static RequestPrincipal webIdentity(String provider) {
        return new RequestPrincipal(PrincipalType.WEB_IDENTITY, null, null, null, null, null, provider, null);
    }

    public static RequestPrincipal anonymous() {
        return new RequestPrincipal(PrincipalType.ANONYMOUS, null, null, null, null, null, null, null);
    }

    /** Whether this is a session (role session or federated user): session policies apply (EVAL-7). */
    public boolean isSession() {
        return type == PrincipalType.ASSUMED_ROLE || type == PrincipalType.FEDERATED_USER;
    }
}
