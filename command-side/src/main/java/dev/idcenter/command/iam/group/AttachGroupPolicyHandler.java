package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.policy.PolicySupport;
import dev.idcenter.command.iam.user.UserSupport;
import org.springframework.stereotype.Component;

/** {@code iam:AttachGroupPolicy}. */
@Component
class AttachGroupPolicyHandler implements OperationHandler {

    private final UserSupport users;
    private final PolicySupport policies;

    AttachGroupPolicyHandler(UserSupport users, PolicySupport policies) {
        this.users = users;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:AttachGroupPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        String id = users.groupId(call, name);
        String arn = policies.attachable(call, input.get("PolicyArn").asText());
        users.sendToGroup(new AttachGroupManagedPolicy(id, arn), name);
        return UserSupport.JSON.objectNode();
    }
}
