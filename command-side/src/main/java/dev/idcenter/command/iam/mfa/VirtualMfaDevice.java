package dev.idcenter.command.iam.mfa;

import dev.idcenter.command.iam.TagRules;
import dev.idcenter.events.iam.mfa.MfaCodeUsed;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.MfaDeviceResynced;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceTagged;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceUntagged;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A virtual MFA device: unassigned until a user enables it with two consecutive codes. It never sees its seed; the
 * handlers tell it at which time steps a code matches, and it decides what counts: the window around its clock, and
 * that a step once spent (by enabling, resyncing or authenticating) never counts again.
 */
@Aggregate
public class VirtualMfaDevice {

    @AggregateIdentifier
    private String deviceId;
    private String accountId;
    private String serialNumber;
    private String userId;
    private int driftSteps;
    private long lastUsedStep = Long.MIN_VALUE;
    private final Set<String> tagKeys = new HashSet<>();

    protected VirtualMfaDevice() {
        // for Axon
    }

    @CommandHandler
    public VirtualMfaDevice(CreateVirtualMfaDevice command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(Set.of(), command.tags(), "TagsPerMFADevice");
        apply(new VirtualMfaDeviceCreated(command.accountId(), command.deviceId(), command.deviceName(), command.path(),
                command.serialNumber(), command.masterKeyId(), List.copyOf(command.tags()), command.createdAt()));
    }

    @CommandHandler
    void handle(EnableMfaDevice command) {
        if (userId != null) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "MFA Device " + serialNumber + " is already in use.");
        }
        // Enabling measures against the server's clock: a device that has drifted is resynced after enabling.
        OptionalLong second = CodeWindow.consecutive(command.code1Steps(), command.code2Steps(), command.currentStep(),
                CodeWindow.ACCEPTED_STEPS, lastUsedStep);
        if (second.isEmpty()) {
            throw invalidCodes();
        }
        apply(new MfaDeviceEnabled(accountId, deviceId, command.userId(), command.enabledAt(), second.getAsLong()));
    }

    @CommandHandler
    void handle(ResyncMfaDevice command) {
        requireAssignedTo(command.userId());
        OptionalLong second = CodeWindow.consecutive(command.code1Steps(), command.code2Steps(), command.currentStep(),
                CodeWindow.RESYNC_STEPS, lastUsedStep);
        if (second.isEmpty()) {
            throw invalidCodes();
        }
        int drift = Math.toIntExact(second.getAsLong() - command.currentStep());
        apply(new MfaDeviceResynced(accountId, deviceId, drift, second.getAsLong()));
    }

    @CommandHandler
    void handle(UseMfaCode command) {
        if (userId == null || !userId.equals(command.userId())) {
            throw invalidCode();
        }
        OptionalLong step = CodeWindow.single(command.codeSteps(), command.currentStep() + driftSteps, lastUsedStep);
        if (step.isEmpty()) {
            throw invalidCode();
        }
        apply(new MfaCodeUsed(accountId, deviceId, userId, step.getAsLong()));
    }

    @CommandHandler
    void handle(DeactivateMfaDevice command) {
        requireAssignedTo(command.userId() == null ? userId : command.userId());
        apply(new MfaDeviceDeactivated(accountId, deviceId, userId));
    }

    @CommandHandler
    void handle(TagMfaDevice command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(tagKeys, command.tags(), "TagsPerMFADevice");
        apply(new VirtualMfaDeviceTagged(accountId, deviceId, List.copyOf(command.tags())));
    }

    @CommandHandler
    void handle(UntagMfaDevice command) {
        apply(new VirtualMfaDeviceUntagged(accountId, deviceId, List.copyOf(command.tagKeys())));
    }

    @CommandHandler
    void handle(DeleteVirtualMfaDevice command) {
        if (userId != null) {
            throw new AwsErrorException("DeleteConflict", 409,
                    "Cannot delete entity, MFA Device " + serialNumber + " is in use: deactivate it first.");
        }
        apply(new VirtualMfaDeviceDeleted(accountId, deviceId, serialNumber));
    }

    private void requireAssignedTo(String expectedUserId) {
        if (userId == null || !userId.equals(expectedUserId)) {
            throw new AwsErrorException("NoSuchEntity", 404,
                    "MFA Device with serial number " + serialNumber + " is not enabled for the user.");
        }
    }

    static AwsErrorException invalidCodes() {
        return new AwsErrorException("InvalidAuthenticationCode", 403,
                "Authentication codes for the MFA device are not valid: AuthenticationCode1 and AuthenticationCode2 "
                        + "must be two consecutive, current codes.");
    }

    static AwsErrorException invalidCode() {
        return new AwsErrorException("InvalidAuthenticationCode", 403, "The MFA code is not valid.");
    }

    @EventSourcingHandler
    void on(VirtualMfaDeviceCreated event) {
        deviceId = event.deviceId();
        accountId = event.accountId();
        serialNumber = event.serialNumber();
        event.tags().forEach(tag -> tagKeys.add(TagRules.key(tag.key())));
    }

    @EventSourcingHandler
    void on(MfaDeviceEnabled event) {
        userId = event.userId();
        driftSteps = 0;
        lastUsedStep = event.lastUsedStep();
    }

    @EventSourcingHandler
    void on(MfaDeviceResynced event) {
        driftSteps = event.driftSteps();
        lastUsedStep = event.lastUsedStep();
    }

    @EventSourcingHandler
    void on(MfaCodeUsed event) {
        lastUsedStep = event.step();
    }

    @EventSourcingHandler
    void on(MfaDeviceDeactivated event) {
        userId = null;
    }

    @EventSourcingHandler
    void on(VirtualMfaDeviceTagged event) {
        event.tags().forEach(tag -> tagKeys.add(TagRules.key(tag.key())));
    }

    @EventSourcingHandler
    void on(VirtualMfaDeviceUntagged event) {
        event.tagKeys().forEach(key -> tagKeys.remove(TagRules.key(key)));
    }

    @EventSourcingHandler
    void on(VirtualMfaDeviceDeleted event) {
        AggregateLifecycle.markDeleted();
    }
}
