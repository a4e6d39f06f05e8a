package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:AddUserToGroup}. */
@Component
class AddUserToGroupHandler implements OperationHandler {

    private final UserSupport users;

    AddUserToGroupHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:AddUserToGroup";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String groupId = users.groupId(call, input.get("GroupName").asText());
        users.sendToUser(new AddUserToGroup(users.userId(call, name), groupId), name);
        return UserSupport.JSON.objectNode();
    }
}
