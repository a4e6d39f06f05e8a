package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.InlinePolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.queries.iam.UserView;

import org.springframework.stereotype.Component;

/** {@code iam:GetUserPolicy}. */
@Component
class GetUserPolicyHandler implements OperationHandler {

    private final UserSupport users;

    GetUserPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:GetUserPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        UserView user = users.user(call, input.get("UserName").asText());
        return InlinePolicies.get("user", user.userName(), user.inlinePolicies(), input.get("PolicyName").asText());
    }
}
