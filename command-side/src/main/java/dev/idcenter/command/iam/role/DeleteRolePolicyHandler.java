package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteRolePolicy}. */
@Component
class DeleteRolePolicyHandler implements OperationHandler {

    private final RoleSupport roles;

    DeleteRolePolicyHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:DeleteRolePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        roles.send(new DeleteRoleInlinePolicy(roles.idOf(call, name), input.get("PolicyName").asText()), name);
        return RoleSupport.JSON.objectNode();
    }
}
