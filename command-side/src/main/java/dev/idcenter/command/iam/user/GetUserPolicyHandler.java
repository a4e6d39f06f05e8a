package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.UserView;

import org.springframework.stereotype.Component;

/** {@code iam:GetUserPolicy}. */
@Component
class GetUserPolicyHandler implements OperationHandler {

    private final UserSupport users;

    GetUserPolicyHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:GetUserPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        String policyName = input.get("PolicyName").asText();
        UserView user = users.user(call, name);
        String document = user.inlinePolicies().get(policyName);
        if (document == null) {
            throw new AwsErrorException("NoSuchEntity", 404, "The user policy with name " + policyName
                    + " cannot be found.");
        }
        ObjectNode output = UserSupport.JSON.objectNode();
        output.put("UserName", user.userName());
        output.put("PolicyName", policyName);
        output.put("PolicyDocument", IamWire.urlEncoded(document));
        return output;
    }
}
