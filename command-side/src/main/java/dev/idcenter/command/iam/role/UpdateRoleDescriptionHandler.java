package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:UpdateRoleDescription}. */
@Component
class UpdateRoleDescriptionHandler implements OperationHandler {

    private final RoleSupport roles;

    UpdateRoleDescriptionHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:UpdateRoleDescription";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        roles.send(new ChangeRoleDescription(roles.idOf(call, name), input.get("Description").asText()), name);
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.set("Role", RoleSupport.role(roles.view(call, name), true));
        return output;
    }
}
