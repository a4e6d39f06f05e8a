package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.command.api.Pagination;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListGroupPolicies}. */
@Component
class ListGroupPoliciesHandler implements OperationHandler {

    private final UserSupport users;

    ListGroupPoliciesHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:ListGroupPolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<String> all = List.copyOf(users.group(call, input.get("GroupName").asText()).inlinePolicies().keySet());
        Pagination page = Pagination.of(input, all.size(), "group-policies");
        ObjectNode output = UserSupport.JSON.objectNode();
        var names = output.putArray("PolicyNames");
        page.slice(all).forEach(names::add);
        page.describe(output);
        return output;
    }
}
