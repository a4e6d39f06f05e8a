package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.mfa.MfaDeviceView;
import org.springframework.stereotype.Component;

/** {@code iam:GetMFADevice}: an enabled device, of the named user when UserName is given. */
@Component
class GetMFADeviceHandler implements OperationHandler {

    private final MfaSupport devices;

    GetMFADeviceHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:GetMFADevice";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String serialNumber = input.get("SerialNumber").asText();
        String userId = input.hasNonNull("UserName")
                ? devices.users().user(call, input.get("UserName").asText()).userId()
                : null;
        MfaDeviceView device = devices.view(call, devices.device(call, serialNumber), serialNumber);
        if (!device.assigned() || (userId != null && !userId.equals(device.userId()))) {
            throw new AwsErrorException("NoSuchEntity", 404, "MFA Device with serial number " + serialNumber
                    + " is not enabled" + (userId == null ? "." : " for user " + input.get("UserName").asText() + "."));
        }
        ObjectNode output = MfaSupport.JSON.objectNode();
        output.put("UserName", device.userName());
        output.put("SerialNumber", device.serialNumber());
        output.put("EnableDate", device.enableDate().toString());
        return output;
    }
}
