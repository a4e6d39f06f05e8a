package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;


/** {@code iam:ListAttachedRolePolicies}: ordered by policy name. */
@Component
class ListAttachedRolePoliciesHandler implements OperationHandler {

    private final RoleSupport roles;
    private final PolicySupport policies;

    ListAttachedRolePoliciesHandler(RoleSupport roles, PolicySupport policies) {
        this.roles = roles;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListAttachedRolePolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String roleId = roles.view(call, input.get("RoleName").asText()).roleId();
        return policies.attachedPolicies(call, input, PolicyDirectory.ROLE, roleId);
    }
}
