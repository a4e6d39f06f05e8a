package dev.idcenter.command.iam;

import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Sends IAM commands and turns what can go wrong into AWS errors, in one place: the aggregate's own rejections pass
 * through, a unique-name race lost in the directory is {@code EntityAlreadyExists}, a role that an instance profile
 * holds cannot be deleted ({@code DeleteConflict}), a lost optimistic-locking race
 * is {@code ConcurrentModification}, a deleted entity is {@code NoSuchEntity}.
 */
@Component
public class CommandResults {

    private final CommandGateway commands;

    public CommandResults(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends a command whose only expected failures are its aggregate's own rejections, which pass through. */
    public void send(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            throw rejectionIn(e).orElseThrow(() -> e);
        }
    }

    private static java.util.Optional<AwsErrorException> rejectionIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AwsErrorException aws) {
                return java.util.Optional.of(aws);
            }
        }
        return java.util.Optional.empty();
    }

    public void send(Object command, Supplier<AwsErrorException> onDuplicateName, Supplier<AwsErrorException> onMissing) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AwsErrorException aws) {
                    throw aws;
                }
                if (cause instanceof DuplicateKeyException) {
                    throw onDuplicateName.get();
                }
                if (cause instanceof DataIntegrityViolationException violation && violation.getMessage() != null
                        && violation.getMessage().contains("iam_instance_profile_role_role_fk")) {
                    // The directory's foreign key: the role is (or has just been put) in an instance profile.
                    throw new AwsErrorException("DeleteConflict", 409,
                            "Cannot delete entity, must remove roles from instance profile first.");
                }
                if (cause instanceof AggregateNotFoundException) {
                    throw onMissing.get();
                }
                if (cause instanceof ConcurrencyException) {
                    throw new AwsErrorException("ConcurrentModification", 409, "The request was rejected because "
                            + "multiple requests to change this object were submitted simultaneously. Wait a few "
                            + "minutes and submit your request again.");
                }
            }
            throw e;
        }
    }
}
