package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.instanceprofile.InstanceProfileDirectory;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteRole}. */
@Component
class DeleteRoleHandler implements OperationHandler {

    private final RoleSupport roles;
    private final InstanceProfileDirectory instanceProfiles;

    DeleteRoleHandler(RoleSupport roles, InstanceProfileDirectory instanceProfiles) {
        this.roles = roles;
        this.instanceProfiles = instanceProfiles;
    }

    @Override
    public String action() {
        return "iam:DeleteRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String roleId = roles.idOf(call, name);
        if (instanceProfiles.carriesRole(roleId)) {
            throw new AwsErrorException("DeleteConflict", 409,
                    "Cannot delete entity, must remove roles from instance profile first.");
        }
        roles.send(new DeleteRole(roleId), name);
        return RoleSupport.JSON.objectNode();
    }
}
