package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** {@code iam:DeleteServiceLinkedRole}. */
@Component
class DeleteServiceLinkedRoleHandler implements OperationHandler {

    private final RoleSupport roles;

    DeleteServiceLinkedRoleHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:DeleteServiceLinkedRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String roleId = roles.idOf(call, name);
        String service = ServiceLinkedRoleNames.serviceOf(roles.view(call, name).path());
        String taskId = "task/aws-service-role/" + (service == null ? "none" : service) + "/" + name + "/" + UUID.randomUUID();
        roles.send(new DeleteServiceLinkedRole(roleId, taskId), name);
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.put("DeletionTaskId", taskId);
        return output;
    }
}
