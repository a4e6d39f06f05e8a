package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteUser}. */
@Component
class DeleteUserHandler implements OperationHandler {

    private final UserSupport users;

    DeleteUserHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:DeleteUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new DeleteUser(users.userId(call, name)), name);
        return UserSupport.JSON.objectNode();
    }
}
