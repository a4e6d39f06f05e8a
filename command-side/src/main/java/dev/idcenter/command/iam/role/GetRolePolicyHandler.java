package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
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
        String policyName = input.get("PolicyName").asText();
        RoleView role = roles.view(call, name);
        String document = role.inlinePolicies().get(policyName);
        if (document == null) {
            throw new AwsErrorException("NoSuchEntity", 404, "The role policy with name " + policyName
                    + " cannot be found.");
        }
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.put("RoleName", role.roleName());
        output.put("PolicyName", policyName);
        output.put("PolicyDocument", IamWire.urlEncoded(document));
        return output;
    }
}
