package dev.idcenter.policy;

/**
 * The only exception the policy engine throws for a bad policy document, whatever the input.
 *
 * <p>{@link #errorCode()} is the AWS error code the server should answer with: {@code MalformedPolicyDocument} for
 * every syntax or grammar problem, {@code LimitExceeded} when only the size quota (IAM-5) is exceeded. The message
 * follows AWS's wording so it can go on the wire unchanged.
 */
public final class MalformedPolicyException extends RuntimeException {

    /** AWS error code for documents that do not parse or break the grammar. */
    public static final String MALFORMED = "MalformedPolicyDocument";
    /** AWS error code for documents over the size quota. */
    public static final String LIMIT_EXCEEDED = "LimitExceeded";

    private final String errorCode;

    public MalformedPolicyException(String message) {
        this(MALFORMED, message);
    }

    public MalformedPolicyException(String errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    /** Syntax error as AWS words it. */
    public static MalformedPolicyException syntax() {
        return new MalformedPolicyException("Syntax errors in policy.");
    }

    public String errorCode() {
        return errorCode;
    }
}
