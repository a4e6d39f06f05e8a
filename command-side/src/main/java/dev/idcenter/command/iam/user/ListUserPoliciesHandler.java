package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.InlinePolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;

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
        return InlinePolicies.list("user", users.user(call, input.get("UserName").asText()).inlinePolicies(), input);
    }
}
