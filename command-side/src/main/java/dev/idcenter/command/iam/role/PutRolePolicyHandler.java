package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:PutRolePolicy}. */
@Component
class PutRolePolicyHandler implements OperationHandler {

    private final RoleSupport roles;

    PutRolePolicyHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:PutRolePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        roles.send(new PutRoleInlinePolicy(roles.idOf(call, name), input.get("PolicyName").asText(),
                input.get("PolicyDocument").asText()), name);
        return RoleSupport.JSON.objectNode();
    }
}
