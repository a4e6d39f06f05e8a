package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:UpdateAssumeRolePolicy}. */
@Component
class UpdateAssumeRolePolicyHandler implements OperationHandler {

    private final RoleSupport roles;
    private final TrustPrincipals trustPrincipals;

    UpdateAssumeRolePolicyHandler(RoleSupport roles, TrustPrincipals trustPrincipals) {
        this.roles = roles;
        this.trustPrincipals = trustPrincipals;
    }

    @Override
    public String action() {
        return "iam:UpdateAssumeRolePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        String document = input.get("PolicyDocument").asText();
        roles.send(new ChangeRoleTrustPolicy(roles.idOf(call, name), document, trustPrincipals.bind(document)), name);
        return RoleSupport.JSON.objectNode();
    }
}
