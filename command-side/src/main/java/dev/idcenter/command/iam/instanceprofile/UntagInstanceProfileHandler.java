package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.role.RoleSupport;

import org.springframework.stereotype.Component;

/** {@code iam:UntagInstanceProfile}. */
@Component
class UntagInstanceProfileHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    UntagInstanceProfileHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:UntagInstanceProfile";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("InstanceProfileName").asText();
        profiles.send(new UntagInstanceProfile(profiles.idOf(call, name), IamWire.strings(input, "TagKeys")), name);
        return InstanceProfileSupport.JSON.objectNode();
    }
}
