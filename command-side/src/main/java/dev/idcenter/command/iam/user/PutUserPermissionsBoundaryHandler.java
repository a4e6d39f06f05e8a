package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.policy.PermissionsBoundaries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:PutUserPermissionsBoundary}. */
@Component
class PutUserPermissionsBoundaryHandler implements OperationHandler {

    private final UserSupport users;
    private final PermissionsBoundaries boundaries;

    PutUserPermissionsBoundaryHandler(UserSupport users, PermissionsBoundaries boundaries) {
        this.boundaries = boundaries;
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:PutUserPermissionsBoundary";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        users.sendToUser(new SetUserPermissionsBoundary(users.userId(call, name),
                boundaries.require(call, input.get("PermissionsBoundary").asText())), name);
        return UserSupport.JSON.objectNode();
    }
}
