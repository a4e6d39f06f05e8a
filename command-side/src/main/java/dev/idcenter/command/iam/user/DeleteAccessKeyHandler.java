package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteAccessKey}. */
@Component
class DeleteAccessKeyHandler implements OperationHandler {

    private final UserSupport users;
    private final AccessKeys keys;

    DeleteAccessKeyHandler(UserSupport users, AccessKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public String action() {
        return "iam:DeleteAccessKey";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        AccessKeys.Owner owner = keys.owner(call, input);
        users.sendToUser(new DeleteUserAccessKey(owner.userId(), input.get("AccessKeyId").asText()), owner.userName());
        return UserSupport.JSON.objectNode();
    }
}
