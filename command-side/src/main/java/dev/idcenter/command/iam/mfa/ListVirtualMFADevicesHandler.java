package dev.idcenter.command.iam.mfa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.queries.iam.mfa.MfaDeviceView;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code iam:ListVirtualMFADevices}: by AssignmentStatus (Any when absent), each with its user when assigned. */
@Component
class ListVirtualMFADevicesHandler implements OperationHandler {

    private final MfaSupport devices;

    ListVirtualMFADevicesHandler(MfaSupport devices) {
        this.devices = devices;
    }

    @Override
    public String action() {
        return "iam:ListVirtualMFADevices";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String status = IamWire.text(input, "AssignmentStatus");
        List<MfaDeviceView> all = devices.list(call, null, status == null ? "Any" : status);
        Pagination page = Pagination.of(input, all.size(), "virtual-mfa-devices");
        ObjectNode output = MfaSupport.JSON.objectNode();
        var list = output.putArray("VirtualMFADevices");
        page.slice(all).forEach(device -> list.add(devices.virtualMfaDevice(call, device)));
        page.describe(output);
        return output;
    }
}
