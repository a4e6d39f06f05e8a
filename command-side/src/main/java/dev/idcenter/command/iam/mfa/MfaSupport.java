package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.iam.CommandResults;
import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.FindUser;
import dev.idcenter.queries.iam.UserView;
import dev.idcenter.queries.iam.mfa.FindMfaDevice;
import dev.idcenter.queries.iam.mfa.ListMfaDevices;
import dev.idcenter.queries.iam.mfa.MfaDeviceView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** What every MFA device operation needs: the device a serial number names, its user, commands, reads and shapes. */
@Component
class MfaSupport {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final MfaDeviceDirectory directory;
    private final MfaSeeds seeds;
    private final CommandResults results;
    private final QueryGateway queries;
    private final EventStoreHead head;
    private final UserSupport users;
    private final Clock clock;

    MfaSupport(MfaDeviceDirectory directory, MfaSeeds seeds, CommandResults results, QueryGateway queries,
               EventStoreHead head, UserSupport users, Clock clock) {
        this.directory = directory;
        this.seeds = seeds;
        this.results = results;
        this.queries = queries;
        this.head = head;
        this.users = users;
        this.clock = clock;
    }

    MfaDeviceDirectory directory() {
        return directory;
    }

    MfaSeeds seeds() {
        return seeds;
    }

    UserSupport users() {
        return users;
    }

    Clock clock() {
        return clock;
    }

    MfaDeviceDirectory.Device device(ApiCall call, String serialNumber) {
        return directory.bySerialNumber(call.caller().accountId(), serialNumber)
                .orElseThrow(() -> noSuchDevice(serialNumber));
    }

    /** The user a call names with UserName, or, without one, the calling IAM user. */
    UserView user(ApiCall call, ObjectNode input) {
        if (input.hasNonNull("UserName")) {
            return users.user(call, input.get("UserName").asText());
        }
        if ("IAMUser".equals(call.caller().type())) {
            return queries.query(new FindUser(call.caller().accountId(), null, call.caller().principalId(),
                            head.position()), ResponseTypes.optionalInstanceOf(UserView.class))
                    .join()
                    .orElseThrow(() -> new AwsErrorException("NoSuchEntity", 404, "The user with id "
                            + call.caller().principalId() + " cannot be found."));
        }
        throw new AwsErrorException("ValidationError", 400, "Must specify userName when calling with non-User credentials");
    }

    /** Sends a command to a device: a lost serial-number race is EntityAlreadyExists, a deleted user NoSuchEntity. */
    void send(Object command, String serialNumber) {
        try {
            results.send(command, () -> new AwsErrorException("EntityAlreadyExists", 409,
                    "MFADevice entity at the same path and name already exists: " + serialNumber + "."),
                    () -> noSuchDevice(serialNumber));
        } catch (RuntimeException e) {
            if (MfaDeviceDirectory.lostUserRace(e)) {
                throw new AwsErrorException("NoSuchEntity", 404, "The user of MFA Device " + serialNumber
                        + " has just been deleted.");
            }
            throw e;
        }
    }

    MfaDeviceView view(ApiCall call, MfaDeviceDirectory.Device device, String serialNumber) {
        return queries.query(new FindMfaDevice(call.caller().accountId(), device.deviceId(), head.position()),
                        ResponseTypes.optionalInstanceOf(MfaDeviceView.class))
                .join()
                .orElseThrow(() -> noSuchDevice(serialNumber));
    }

    List<MfaDeviceView> list(ApiCall call, String userId, String assignmentStatus) {
        return queries.query(new ListMfaDevices(call.caller().accountId(), userId, assignmentStatus, head.position()),
                ResponseTypes.multipleInstancesOf(MfaDeviceView.class)).join();
    }

    /** IAM's {@code MFADevice} shape (ListMFADevices). */
    static ObjectNode mfaDevice(MfaDeviceView device) {
        ObjectNode node = JSON.objectNode();
        node.put("UserName", device.userName());
        node.put("SerialNumber", device.serialNumber());
        node.put("EnableDate", device.enableDate().toString());
        return node;
    }

    /** IAM's {@code VirtualMFADevice} shape as ListVirtualMFADevices shows it: the user when assigned, no tags. */
    ObjectNode virtualMfaDevice(ApiCall call, MfaDeviceView device) {
        ObjectNode node = JSON.objectNode();
        node.put("SerialNumber", device.serialNumber());
        if (device.assigned()) {
            node.set("User", UserSupport.user(users.user(call, device.userName()), false));
            node.put("EnableDate", device.enableDate().toString());
        }
        return node;
    }

    static String serialNumber(String accountId, String path, String deviceName) {
        return "arn:aws:iam::" + accountId + ":mfa" + path + deviceName;
    }

    static AwsErrorException noSuchDevice(String serialNumber) {
        return new AwsErrorException("NoSuchEntity", 404, "MFA Device with serial number " + serialNumber
                + " does not exist.");
    }
}
