package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteUserPolicy}. */
@Component
class DeleteUserPolicyHandler implements OperationHandler {

    private final UserSupport users;

    DeleteUserPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:DeleteUserPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new DeleteUserInlinePolicy(users.userId(call, name), input.get("PolicyName").asText()), name);
        return UserSupport.JSON.objectNode();
    }
}
