package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import org.springframework.stereotype.Component;

/** {@code iam:PutGroupPolicy}. */
@Component
class PutGroupPolicyHandler implements OperationHandler {

    private final UserSupport users;

    PutGroupPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:PutGroupPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        users.sendToGroup(new PutGroupInlinePolicy(users.groupId(call, name), input.get("PolicyName").asText(),
                input.get("PolicyDocument").asText()), name);
        return UserSupport.JSON.objectNode();
    }
}
