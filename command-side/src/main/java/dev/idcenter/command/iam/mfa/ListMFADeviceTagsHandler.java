package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamWire;
import org.springframework.stereotype.Component;

/** {@code iam:ListMFADeviceTags}. */
@Component
class ListMFADeviceTagsHandler implements OperationHandler {

    private final MfaSupport devices;

    ListMFADeviceTagsHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:ListMFADeviceTags";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String serialNumber = input.get("SerialNumber").asText();
        var device = devices.view(call, devices.device(call, serialNumber), serialNumber);
        return IamWire.tagPage(input, device.tags(), "mfa-device-tags");
    }
}
