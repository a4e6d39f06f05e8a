package dev.idcenter.command.iam.group;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.protocol.AwsErrorException;

import org.springframework.stereotype.Component;

/** {@code iam:UpdateGroup}. Renames (the name moves in the directory) and/or moves the group */
@Component
class UpdateGroupHandler implements OperationHandler {

    private final UserSupport users;

    UpdateGroupHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:UpdateGroup";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        String groupId = users.groupId(call, name);
        String newName = IamWire.text(input, "NewGroupName");
        if (newName != null && !newName.equalsIgnoreCase(name) && users.groupExists(call, newName)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "Group with name " + newName + " already exists.");
        }
        users.sendToGroup(new UpdateGroup(groupId, newName, IamWire.text(input, "NewPath")),
                newName == null ? name : newName);
        return UserSupport.JSON.objectNode();
    }
}
