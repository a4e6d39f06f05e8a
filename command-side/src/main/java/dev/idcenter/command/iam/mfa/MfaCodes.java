package dev.idcenter.command.iam.mfa;

import dev.idcenter.command.mfa.Totp;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Spends an MFA code a user presents (STS's SerialNumber and TokenCode): the device decides, so two requests racing
 * with one code cannot both win (the second loses on the device's event sequence or finds the step spent).
 */
@Component
public class MfaCodes {

    private final MfaDeviceDirectory directory;
    private final MfaSeeds seeds;
    private final CommandGateway commands;
    private final MfaAttempts attempts;

    MfaCodes(MfaDeviceDirectory directory, MfaSeeds seeds, CommandGateway commands, MfaAttempts attempts) {
        this.directory = directory;
        this.seeds = seeds;
        this.commands = commands;
        this.attempts = attempts;
    }

    /** Whether {@code code} is a current, unused code of the device {@code serialNumber} enabled for user {@code userId}. */
    public boolean use(String accountId, String userId, String serialNumber, String code, Instant at) {
        if (serialNumber == null || !Totp.wellFormed(code)) {
            return false;
        }
        var device = directory.bySerialNumber(accountId, serialNumber).orElse(null);
        if (device == null || !userId.equals(device.userId())) {
            return false;
        }
        if (attempts.lockedOut(device.deviceId(), at)) {
            return false;
        }
        long step = Totp.step(at);
        try {
            commands.sendAndWait(new UseMfaCode(device.deviceId(), userId, seeds.matchingSteps(device, code, step), step));
            return true;
        } catch (AwsErrorException e) {
            attempts.failed(device.deviceId(), at);
            return false;
        } catch (RuntimeException e) {
            // A lost race on the device (the same code spent concurrently) or a device deleted meanwhile: not valid.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof AwsErrorException) {
                    // The device refused the code: wrong, or already spent.
                    attempts.failed(device.deviceId(), at);
                    return false;
                }
                if (cause instanceof org.axonframework.modelling.command.ConcurrencyException
                        || cause instanceof org.axonframework.modelling.command.AggregateNotFoundException) {
                    return false;
                }
            }
            throw e;
        }
    }
}
