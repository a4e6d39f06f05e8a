package dev.idcenter.policy.eval;

/** Who is making the request; decides which identity-side policies apply and how EVAL-4 treats a grant. */
public enum PrincipalType {
    /** The account's root user (EVAL-1: allowed unless an SCP denies). */
    ROOT,
    /** An IAM user with long-term credentials. */
    USER,
    /** A role session ({@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}). */
    ASSUMED_ROLE,
    /** A GetFederationToken session ({@code arn:aws:sts::ACCOUNT:federated-user/NAME}). */
    FEDERATED_USER,
    /** An AWS service principal such as {@code ec2.amazonaws.com}. */
    SERVICE,
    /** An identity from an external OIDC or SAML provider (AssumeRoleWithWebIdentity / WithSAML). */
    WEB_IDENTITY,
    /** An unauthenticated caller. */
    ANONYMOUS;

    /** Principals without identity policies of their own: only a resource-based policy can grant them. */
    boolean external() {
        return this == SERVICE || this == WEB_IDENTITY || this == ANONYMOUS;
    }
}
