package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:UntagUser}. */
@Component
class UntagUserHandler implements OperationHandler {

    private final UserSupport users;

    UntagUserHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:UntagUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new UntagUser(users.userId(call, name), IamWire.strings(input, "TagKeys")), name);
        return UserSupport.JSON.objectNode();
    }
}
