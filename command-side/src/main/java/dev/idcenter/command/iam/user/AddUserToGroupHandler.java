package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.UserGroupDirectoryProjection;
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
        String groupName = input.get("GroupName").asText();
        String groupId = users.groupId(call, groupName);
        try {
            users.sendToUser(new AddUserToGroup(users.userId(call, name), groupId), name);
        } catch (RuntimeException e) {
            if (UserGroupDirectoryProjection.isMembershipRace(e)) { // the group was deleted meanwhile
                throw UserSupport.noSuchGroup(groupName);
            }
            throw e;
        }
        return UserSupport.JSON.objectNode();
    }
}
