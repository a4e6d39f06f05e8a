package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.mfa.Totp;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.UserView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code iam:EnableMFADevice}: assigns a virtual device to a user who proves to hold it with two consecutive codes. */
@Component
class EnableMFADeviceHandler implements OperationHandler {

    private final MfaSupport devices;

    EnableMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:EnableMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        UserView user = devices.users().user(call, input.get("UserName").asText());
        String serialNumber = input.get("SerialNumber").asText();
        MfaDeviceDirectory.Device device = devices.device(call, serialNumber);
        if (user.userId().equals(device.userId())) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "MFA Device " + serialNumber
                    + " is already enabled for user " + user.userName() + ".");
        }
        if (device.userId() == null
                && devices.directory().assignedTo(user.userId()) >= MfaDeviceDirectory.MAX_DEVICES_PER_USER) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for MFADevicesPerUser: "
                    + MfaDeviceDirectory.MAX_DEVICES_PER_USER + ".");
        }
        Instant now = devices.clock().instant();
        long step = Totp.step(now);
        devices.send(new EnableMfaDevice(device.deviceId(), user.userId(),
                devices.seeds().matchingSteps(device, input.get("AuthenticationCode1").asText(), step),
                devices.seeds().matchingSteps(device, input.get("AuthenticationCode2").asText(), step),
                step, now.truncatedTo(ChronoUnit.SECONDS)), serialNumber);
        return MfaSupport.JSON.objectNode();
    }
}
