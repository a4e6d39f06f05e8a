package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.InlinePolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.queries.iam.RoleView;

import org.springframework.stereotype.Component;

/** {@code iam:GetRolePolicy}. */
@Component
class GetRolePolicyHandler implements OperationHandler {

    private final RoleSupport roles;

    GetRolePolicyHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:GetRolePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        RoleView role = roles.view(call, name);
        return InlinePolicies.get("role", role.roleName(), role.inlinePolicies(), input.get("PolicyName").asText());
    }
}
