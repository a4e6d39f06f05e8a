package dev.idcenter.command.organizations;

import dev.idcenter.protocol.AwsErrorException;

/** Organizations' errors that carry a {@code Reason} besides their message, as the model's shapes name them. */
final class OrganizationErrors {

    private OrganizationErrors() {
    }

    static AwsErrorException constraintViolation(String reason, String message) {
        return new AwsErrorException("ConstraintViolationException", 400, message).with("Reason", reason);
    }

    static AwsErrorException invalidInput(String reason, String message) {
        return new AwsErrorException("InvalidInputException", 400, message).with("Reason", reason);
    }
}
