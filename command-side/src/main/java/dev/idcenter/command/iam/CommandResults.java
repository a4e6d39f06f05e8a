package dev.idcenter.command.iam;

import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Sends IAM commands and turns what can go wrong into AWS errors, in one place: the aggregate's own rejections pass
 * through, a unique-name race lost in the directory is {@code EntityAlreadyExists}, a lost optimistic-locking race
 * is {@code ConcurrentModification}, a deleted entity is {@code NoSuchEntity}.
 */
@Component
public class CommandResults {

    private final CommandGateway commands;

    public CommandResults(CommandGateway commands) {
        this.commands = commands;
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
