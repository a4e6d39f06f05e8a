package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:UpdateRole}. */
@Component
class UpdateRoleHandler implements OperationHandler {

    private final RoleSupport roles;

    UpdateRoleHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:UpdateRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String id = roles.idOf(call, name);
        if (input.has("Description")) {
            roles.send(new ChangeRoleDescription(id, input.get("Description").asText()), name);
        }
        if (input.hasNonNull("MaxSessionDuration")) {
            roles.send(new ChangeRoleMaxSessionDuration(id, input.get("MaxSessionDuration").asInt()), name);
        }
        return RoleSupport.JSON.objectNode();
    }
}
