package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.policy.PermissionsBoundaries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:PutRolePermissionsBoundary}. */
@Component
class PutRolePermissionsBoundaryHandler implements OperationHandler {

    private final RoleSupport roles;
    private final PermissionsBoundaries boundaries;

    PutRolePermissionsBoundaryHandler(RoleSupport roles, PermissionsBoundaries boundaries) {
        this.boundaries = boundaries;
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:PutRolePermissionsBoundary";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String arn = boundaries.require(call, input.get("PermissionsBoundary").asText());
        roles.send(new SetRolePermissionsBoundary(roles.idOf(call, name), arn), name);
        return RoleSupport.JSON.objectNode();
    }
}
