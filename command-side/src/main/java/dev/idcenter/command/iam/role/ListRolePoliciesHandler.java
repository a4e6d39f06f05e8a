package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListRolePolicies}. */
@Component
class ListRolePoliciesHandler implements OperationHandler {

    private final RoleSupport roles;

    ListRolePoliciesHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:ListRolePolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<String> all = List.copyOf(roles.view(call, input.get("RoleName").asText()).inlinePolicies().keySet());
        Pagination page = Pagination.of(input, all.size(), "role-policies");
        ObjectNode output = RoleSupport.JSON.objectNode();
        var names = output.putArray("PolicyNames");
        page.slice(all).forEach(names::add);
        page.describe(output);
        return output;
    }
}
