package dev.idcenter.command.iam.group;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.protocol.AwsErrorException;
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
        String name = input.get("GroupName").asText();
        String policyName = input.get("PolicyName").asText();
        GroupView group = users.group(call, name);
        String document = group.inlinePolicies().get(policyName);
        if (document == null) {
            throw new AwsErrorException("NoSuchEntity", 404, "The group policy with name " + policyName
                    + " cannot be found.");
        }
        ObjectNode output = UserSupport.JSON.objectNode();
        output.put("GroupName", group.groupName());
        output.put("PolicyName", policyName);
        output.put("PolicyDocument", IamWire.urlEncoded(document));
        return output;
    }
}
