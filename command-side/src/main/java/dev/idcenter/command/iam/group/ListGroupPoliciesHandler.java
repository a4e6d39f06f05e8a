package dev.idcenter.command.iam.group;

import dev.idcenter.command.iam.InlinePolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;

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
        return InlinePolicies.list("group", users.group(call, input.get("GroupName").asText()).inlinePolicies(), input);
    }
}
