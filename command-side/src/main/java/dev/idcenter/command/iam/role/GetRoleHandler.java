package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:GetRole}. */
@Component
class GetRoleHandler implements OperationHandler {

    private final RoleSupport roles;

    GetRoleHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:GetRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.set("Role", RoleSupport.role(roles.view(call, input.get("RoleName").asText()), true));
        return output;
    }
}
