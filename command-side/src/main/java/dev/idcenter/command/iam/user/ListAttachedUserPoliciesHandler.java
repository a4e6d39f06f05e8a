package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.command.iam.policy.PolicySupport;
import org.springframework.stereotype.Component;

/** {@code iam:ListAttachedUserPolicies}. */
@Component
class ListAttachedUserPoliciesHandler implements OperationHandler {

    private final UserSupport users;
    private final PolicySupport policies;

    ListAttachedUserPoliciesHandler(UserSupport users, PolicySupport policies) {
        this.users = users;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListAttachedUserPolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String id = users.userId(call, input.get("UserName").asText());
        return policies.attachedPolicies(call, input, PolicyDirectory.USER, id);
    }
}
