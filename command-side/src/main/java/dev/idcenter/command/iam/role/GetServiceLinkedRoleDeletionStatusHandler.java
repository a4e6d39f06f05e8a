package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;

import org.springframework.stereotype.Component;

/** {@code iam:GetServiceLinkedRoleDeletionStatus}. */
@Component
class GetServiceLinkedRoleDeletionStatusHandler implements OperationHandler {

    private final RoleSupport roles;
    private final ServiceLinkedRoleDeletions deletions;

    GetServiceLinkedRoleDeletionStatusHandler(RoleSupport roles, ServiceLinkedRoleDeletions deletions) {
        this.roles = roles;
        this.deletions = deletions;
    }

    @Override
    public String action() {
        return "iam:GetServiceLinkedRoleDeletionStatus";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String taskId = input.get("DeletionTaskId").asText();
        String status = deletions.status(call.caller().accountId(), taskId)
                .orElseThrow(() -> new AwsErrorException("NoSuchEntity", 404, "Deletion task " + taskId + " cannot be found."));
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.put("Status", status);
        return output;
    }
}
