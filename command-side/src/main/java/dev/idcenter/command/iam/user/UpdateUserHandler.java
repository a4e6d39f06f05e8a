package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;

import org.springframework.stereotype.Component;

/** {@code iam:UpdateUser}. Renames (the name moves in the directory) and/or moves the user */
@Component
class UpdateUserHandler implements OperationHandler {

    private final UserSupport users;

    UpdateUserHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:UpdateUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String userId = users.userId(call, name);
        String newName = IamWire.text(input, "NewUserName");
        if (newName != null && !newName.equalsIgnoreCase(name) && users.userExists(call, newName)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "User with name " + newName + " already exists.");
        }
        users.sendToUser(new UpdateUser(userId, newName, IamWire.text(input, "NewPath")), name,
                newName == null ? name : newName);
        return UserSupport.JSON.objectNode();
    }
}
