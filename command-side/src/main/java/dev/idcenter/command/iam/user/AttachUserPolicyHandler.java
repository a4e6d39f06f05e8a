package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;

/** {@code iam:AttachUserPolicy}. */
@Component
class AttachUserPolicyHandler implements OperationHandler {

    private final UserSupport users;
    private final PolicySupport policies;

    AttachUserPolicyHandler(UserSupport users, PolicySupport policies) {
        this.users = users;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:AttachUserPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String id = users.userId(call, name);
        String arn = policies.attachable(call, input.get("PolicyArn").asText());
        users.sendToUser(new AttachUserManagedPolicy(id, arn), name);
        return UserSupport.JSON.objectNode();
    }
}
