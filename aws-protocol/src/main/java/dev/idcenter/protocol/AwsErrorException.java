package dev.idcenter.protocol;

/**
 * An error the client is meant to see: an AWS error code, the HTTP status AWS uses for it, and a message that names
 * the offending field. The one exception type that crosses from handlers to the wire; the codec serializes it in the
 * service's protocol. Never carries a stack trace to the client and never a secret in its message.
 */
public class AwsErrorException extends RuntimeException {

    private final String code;
    private final int httpStatus;
    private final boolean senderFault;
    private final java.util.Map<String, String> members;

    public AwsErrorException(String code, int httpStatus, String message) {
        this(code, httpStatus, message, httpStatus < 500);
    }

    public AwsErrorException(String code, int httpStatus, String message, boolean senderFault) {
        this(code, httpStatus, message, senderFault, java.util.Map.of());
    }

    private AwsErrorException(String code, int httpStatus, String message, boolean senderFault,
                              java.util.Map<String, String> members) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.senderFault = senderFault;
        this.members = members;
    }

    /**
     * This error with one more member of the exception's shape besides the message, e.g. Organizations'
     * {@code Reason} of {@code ConstraintViolationException}; the JSON protocols write it into the error body.
     */
    public AwsErrorException with(String member, String value) {
        var more = new java.util.LinkedHashMap<>(members);
        more.put(member, value);
        return new AwsErrorException(code, httpStatus, getMessage(), senderFault, java.util.Map.copyOf(more));
    }

    /** Members of the exception's shape other than the message (empty for most errors). */
    public java.util.Map<String, String> members() {
        return members;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** {@code Sender} or {@code Receiver} in awsQuery's {@code <Type>}. */
    public boolean senderFault() {
        return senderFault;
    }
}
