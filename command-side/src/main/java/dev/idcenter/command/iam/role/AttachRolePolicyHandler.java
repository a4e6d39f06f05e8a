package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;

/** {@code iam:AttachRolePolicy}: the role records the attachment and enforces its quota (IAM-5). */
@Component
class AttachRolePolicyHandler implements OperationHandler {

    private final RoleSupport roles;
    private final PolicySupport policies;

    AttachRolePolicyHandler(RoleSupport roles, PolicySupport policies) {
        this.roles = roles;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:AttachRolePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String roleId = roles.idOf(call, name);
        String arn = policies.attachable(call, input.get("PolicyArn").asText());
        roles.send(new AttachRoleManagedPolicy(roleId, arn), name);
        return RoleSupport.JSON.objectNode();
    }
}
