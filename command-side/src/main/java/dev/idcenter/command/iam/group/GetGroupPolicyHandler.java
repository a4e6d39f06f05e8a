package dev.idcenter.command.iam.group;

import dev.idcenter.command.iam.InlinePolicies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.queries.iam.GroupView;

import org.springframework.stereotype.Component;

/** {@code iam:GetGroupPolicy}. */
@Component
class GetGroupPolicyHandler implements OperationHandler {

    private final UserSupport users;

    GetGroupPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:GetGroupPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        GroupView group = users.group(call, input.get("GroupName").asText());
        return InlinePolicies.get("group", group.groupName(), group.inlinePolicies(), input.get("PolicyName").asText());
    }
}
