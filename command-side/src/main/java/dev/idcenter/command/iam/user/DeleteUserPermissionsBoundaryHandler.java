package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteUserPermissionsBoundary}. */
@Component
class DeleteUserPermissionsBoundaryHandler implements OperationHandler {

    private final UserSupport users;

    DeleteUserPermissionsBoundaryHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:DeleteUserPermissionsBoundary";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new RemoveUserPermissionsBoundary(users.userId(call, name)), name);
        return UserSupport.JSON.objectNode();
    }
}
