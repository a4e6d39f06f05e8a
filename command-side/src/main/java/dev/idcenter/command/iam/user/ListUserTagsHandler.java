package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;

import org.springframework.stereotype.Component;

/** {@code iam:ListUserTags}. */
@Component
class ListUserTagsHandler implements OperationHandler {

    private final UserSupport users;

    ListUserTagsHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:ListUserTags";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        return IamWire.tagPage(input, users.user(call, input.get("UserName").asText()).tags(), "user-tags");
    }
}
