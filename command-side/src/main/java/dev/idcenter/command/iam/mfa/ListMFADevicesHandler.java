package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.mfa.MfaDeviceView;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code iam:ListMFADevices}: the devices enabled for a user (the calling user when UserName is absent). */
@Component
class ListMFADevicesHandler implements OperationHandler {

    private final MfaSupport devices;

    ListMFADevicesHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:ListMFADevices";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<MfaDeviceView> all = List.of();
        if (input.hasNonNull("UserName") || !"Root".equals(call.caller().type())) {
            all = devices.list(call, devices.user(call, input).userId(), null);
        }
        // The root user's own MFA devices are not IAM entities here: root without UserName lists none.
        Pagination page = Pagination.of(input, all.size(), "mfa-devices");
        ObjectNode output = MfaSupport.JSON.objectNode();
        var list = output.putArray("MFADevices");
        page.slice(all).forEach(device -> list.add(MfaSupport.mfaDevice(device)));
        page.describe(output);
        return output;
    }
}
