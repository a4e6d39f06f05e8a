package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:UntagRole}. */
@Component
class UntagRoleHandler implements OperationHandler {

    private final RoleSupport roles;

    UntagRoleHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:UntagRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        roles.send(new UntagRole(roles.idOf(call, name), IamWire.strings(input, "TagKeys")), name);
        return RoleSupport.JSON.objectNode();
    }
}
