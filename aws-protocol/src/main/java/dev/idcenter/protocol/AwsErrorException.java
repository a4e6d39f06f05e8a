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

    public AwsErrorException(String code, int httpStatus, String message) {
        this(code, httpStatus, message, httpStatus < 500);
    }

    public AwsErrorException(String code, int httpStatus, String message, boolean senderFault) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
        this.senderFault = senderFault;
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
