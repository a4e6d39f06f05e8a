package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeactivateMFADevice}: the device leaves its user (the one named, when UserName is given). */
@Component
class DeactivateMFADeviceHandler implements OperationHandler {

    private final MfaSupport devices;

    DeactivateMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:DeactivateMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String userId = input.hasNonNull("UserName")
                ? devices.users().user(call, input.get("UserName").asText()).userId()
                : null;
        String serialNumber = input.get("SerialNumber").asText();
        MfaDeviceDirectory.Device device = devices.device(call, serialNumber);
        devices.send(new DeactivateMfaDevice(device.deviceId(), userId, serialNumber), serialNumber);
        return MfaSupport.JSON.objectNode();
    }
}
