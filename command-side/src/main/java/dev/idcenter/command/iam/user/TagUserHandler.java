package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:TagUser}. */
@Component
class TagUserHandler implements OperationHandler {

    private final UserSupport users;

    TagUserHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:TagUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new TagUser(users.userId(call, name), IamWire.tagsOf(input)), name);
        return UserSupport.JSON.objectNode();
    }
}
