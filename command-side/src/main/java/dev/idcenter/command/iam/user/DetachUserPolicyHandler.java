package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;

/** {@code iam:DetachUserPolicy}. */
@Component
class DetachUserPolicyHandler implements OperationHandler {

    private final UserSupport users;
    private final PolicySupport policies;

    DetachUserPolicyHandler(UserSupport users, PolicySupport policies) {
        this.users = users;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:DetachUserPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String id = users.userId(call, name);
        String arn = input.get("PolicyArn").asText();
        users.sendToUser(new DetachUserManagedPolicy(id, arn), name);
        return UserSupport.JSON.objectNode();
    }
}
