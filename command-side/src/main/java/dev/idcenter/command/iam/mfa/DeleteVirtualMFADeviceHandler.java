package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteVirtualMFADevice}: only an unassigned device can go. */
@Component
class DeleteVirtualMFADeviceHandler implements OperationHandler {

    private final MfaSupport devices;

    DeleteVirtualMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:DeleteVirtualMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String serialNumber = input.get("SerialNumber").asText();
        devices.send(new DeleteVirtualMfaDevice(devices.device(call, serialNumber).deviceId()), serialNumber);
        return MfaSupport.JSON.objectNode();
    }
}
