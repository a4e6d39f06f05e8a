package dev.idcenter.command.iam.instanceprofile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:RemoveRoleFromInstanceProfile}. */
@Component
class RemoveRoleFromInstanceProfileHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    RemoveRoleFromInstanceProfileHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:RemoveRoleFromInstanceProfile";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("InstanceProfileName").asText();
        String roleName = input.get("RoleName").asText();
        String id = profiles.idOf(call, name);
        profiles.send(new RemoveRoleFromInstanceProfile(id, profiles.roles().idOf(call, roleName), roleName), name);
        return InstanceProfileSupport.JSON.objectNode();
    }
}
