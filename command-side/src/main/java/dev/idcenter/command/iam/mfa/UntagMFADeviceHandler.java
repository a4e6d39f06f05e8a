package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamWire;
import org.springframework.stereotype.Component;

/** {@code iam:UntagMFADevice}. */
@Component
class UntagMFADeviceHandler implements OperationHandler {

    private final MfaSupport devices;

    UntagMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:UntagMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String serialNumber = input.get("SerialNumber").asText();
        devices.send(new UntagMfaDevice(devices.device(call, serialNumber).deviceId(),
                IamWire.strings(input, "TagKeys")), serialNumber);
        return MfaSupport.JSON.objectNode();
    }
}
