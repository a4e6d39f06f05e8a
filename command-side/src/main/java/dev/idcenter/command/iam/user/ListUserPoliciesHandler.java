package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListUserPolicies}. */
@Component
class ListUserPoliciesHandler implements OperationHandler {

    private final UserSupport users;

    ListUserPoliciesHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:ListUserPolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<String> all = List.copyOf(users.user(call, input.get("UserName").asText()).inlinePolicies().keySet());
        Pagination page = Pagination.of(input, all.size(), "user-policies");
        ObjectNode output = UserSupport.JSON.objectNode();
        var names = output.putArray("PolicyNames");
        page.slice(all).forEach(names::add);
        page.describe(output);
        return output;
    }
}
