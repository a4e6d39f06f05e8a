package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:RemoveUserFromGroup}. */
@Component
class RemoveUserFromGroupHandler implements OperationHandler {

    private final UserSupport users;

    RemoveUserFromGroupHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:RemoveUserFromGroup";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String groupName = input.get("GroupName").asText();
        String groupId = users.groupId(call, groupName);
        users.sendToUser(new RemoveUserFromGroup(users.userId(call, name), groupId, groupName), name);
        return UserSupport.JSON.objectNode();
    }
}
