package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;

import org.springframework.stereotype.Component;

/** {@code iam:ListRoleTags}. */
@Component
class ListRoleTagsHandler implements OperationHandler {

    private final RoleSupport roles;

    ListRoleTagsHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:ListRoleTags";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        return IamWire.tagPage(input, roles.view(call, input.get("RoleName").asText()).tags(), "role-tags");
    }
}
