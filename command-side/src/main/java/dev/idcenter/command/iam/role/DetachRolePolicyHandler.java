package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;

/** {@code iam:DetachRolePolicy}. */
@Component
class DetachRolePolicyHandler implements OperationHandler {

    private final RoleSupport roles;

    DetachRolePolicyHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:DetachRolePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String arn = PolicySupport.parse(input.get("PolicyArn").asText()).arn(); // InvalidInput for a malformed ARN
        roles.send(new DetachRoleManagedPolicy(roles.idOf(call, name), arn), name);
        return RoleSupport.JSON.objectNode();
    }
}
