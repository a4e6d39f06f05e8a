package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:UpdateAccessKey}. */
@Component
class UpdateAccessKeyHandler implements OperationHandler {

    private final UserSupport users;
    private final AccessKeys keys;

    UpdateAccessKeyHandler(UserSupport users, AccessKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public String action() {
        return "iam:UpdateAccessKey";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        AccessKeys.Owner owner = keys.owner(call, input);
        users.sendToUser(new UpdateUserAccessKeyStatus(owner.userId(), input.get("AccessKeyId").asText(),
                input.get("Status").asText()), owner.userName());
        return UserSupport.JSON.objectNode();
    }
}
