package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.command.iam.policy.PolicySupport;
import dev.idcenter.command.iam.user.UserSupport;
import org.springframework.stereotype.Component;

/** {@code iam:ListAttachedGroupPolicies}. */
@Component
class ListAttachedGroupPoliciesHandler implements OperationHandler {

    private final UserSupport users;
    private final PolicySupport policies;

    ListAttachedGroupPoliciesHandler(UserSupport users, PolicySupport policies) {
        this.users = users;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListAttachedGroupPolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String id = users.groupId(call, input.get("GroupName").asText());
        return policies.attachedPolicies(call, input, PolicyDirectory.GROUP, id);
    }
}
