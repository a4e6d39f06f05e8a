package dev.idcenter.policy.model;

/**
 * The kind of policy a document is, which decides the grammar rules it must follow and its default size quota
 * (IAM-5; sizes count characters other than whitespace, 0 means no default quota).
 */
public enum PolicyType {
    /** Inline or managed policy attached to a user, group or role. Never names a principal. */
    IDENTITY(6144),
    /** Policy attached to a resource (bucket, key, queue). Must name a principal. */
    RESOURCE(0),
    /** Role trust (assume-role) policy: principal required, only STS assume/tag actions, no Resource. */
    TRUST(2048),
    /** Managed policy used as a permissions boundary. Same grammar as identity policies. */
    PERMISSIONS_BOUNDARY(6144),
    /** Session policy passed to AssumeRole* or GetFederationToken. Same grammar as identity policies. */
    SESSION(2048),
    /** Organizations service control policy. Never names a principal. */
    SCP(5120),
    /** Organizations resource control policy. Principal must be {@code "*"}. */
    RCP(5120);

    private final int defaultMaxSize;

    PolicyType(int defaultMaxSize) {
        this.defaultMaxSize = defaultMaxSize;
    }

    /** The quota in non-whitespace characters that applies when the caller does not pass one; 0 = none. */
    public int defaultMaxSize() {
        return defaultMaxSize;
    }

    /** Whether statements of this type name the principal they apply to. */
    public boolean namesPrincipal() {
        return this == RESOURCE || this == TRUST || this == RCP;
    }
}
