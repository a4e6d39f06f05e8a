package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:PutUserPolicy}. */
@Component
class PutUserPolicyHandler implements OperationHandler {

    private final UserSupport users;

    PutUserPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:PutUserPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new PutUserInlinePolicy(users.userId(call, name), input.get("PolicyName").asText(),
                input.get("PolicyDocument").asText()), name);
        return UserSupport.JSON.objectNode();
    }
}
