package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteGroupPolicy}. */
@Component
class DeleteGroupPolicyHandler implements OperationHandler {

    private final UserSupport users;

    DeleteGroupPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:DeleteGroupPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        users.sendToGroup(new DeleteGroupInlinePolicy(users.groupId(call, name), input.get("PolicyName").asText()), name);
        return UserSupport.JSON.objectNode();
    }
}
