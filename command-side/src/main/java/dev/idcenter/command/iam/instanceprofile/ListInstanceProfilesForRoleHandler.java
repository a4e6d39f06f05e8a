package dev.idcenter.command.iam.instanceprofile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:ListInstanceProfilesForRole}. */
@Component
class ListInstanceProfilesForRoleHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    ListInstanceProfilesForRoleHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:ListInstanceProfilesForRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String roleId = profiles.roles().idOf(call, input.get("RoleName").asText());
        return ListInstanceProfilesHandler.page(call, input, profiles.list(call, null, roleId), "role-instance-profiles",
                profiles);
    }
}
