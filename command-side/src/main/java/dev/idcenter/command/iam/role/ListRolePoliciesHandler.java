package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.InlinePolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;

import org.springframework.stereotype.Component;

/** {@code iam:ListRolePolicies}. */
@Component
class ListRolePoliciesHandler implements OperationHandler {

    private final RoleSupport roles;

    ListRolePoliciesHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:ListRolePolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        return InlinePolicies.list("role", roles.view(call, input.get("RoleName").asText()).inlinePolicies(), input);
    }
}
