package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteRole}. */
@Component
class DeleteRoleHandler implements OperationHandler {

    private final RoleSupport roles;

    DeleteRoleHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:DeleteRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        roles.send(new DeleteRole(roles.idOf(call, name)), name);
        return RoleSupport.JSON.objectNode();
    }
}
