package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.RoleView;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListRoles}. */
@Component
class ListRolesHandler implements OperationHandler {

    private final RoleSupport roles;

    ListRolesHandler(RoleSupport roles) {
        this.roles = roles;
    }

    @Override
    public String action() {
        return "iam:ListRoles";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<RoleView> all = roles.list(call, IamWire.text(input, "PathPrefix"));
        Pagination page = Pagination.of(input, all.size(), "roles");
        ObjectNode output = RoleSupport.JSON.objectNode();
        var list = output.putArray("Roles");
        page.slice(all).forEach(role -> list.add(RoleSupport.role(role, false)));
        page.describe(output);
        return output;
    }
}
