package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.mfa.Totp;
import dev.idcenter.queries.iam.UserView;
import org.springframework.stereotype.Component;

/** {@code iam:ResyncMFADevice}: two consecutive codes tell how far the device's clock has drifted. */
@Component
class ResyncMFADeviceHandler implements OperationHandler {

    private final MfaSupport devices;

    ResyncMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:ResyncMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        UserView user = devices.users().user(call, input.get("UserName").asText());
        String serialNumber = input.get("SerialNumber").asText();
        MfaDeviceDirectory.Device device = devices.device(call, serialNumber);
        long step = Totp.step(devices.clock().instant());
        devices.send(new ResyncMfaDevice(device.deviceId(), user.userId(),
                devices.seeds().matchingSteps(device, input.get("AuthenticationCode1").asText(), step),
                devices.seeds().matchingSteps(device, input.get("AuthenticationCode2").asText(), step),
                step), serialNumber);
        return MfaSupport.JSON.objectNode();
    }
}
