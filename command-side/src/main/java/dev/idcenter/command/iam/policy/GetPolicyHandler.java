package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:GetPolicy}. */
@Component
class GetPolicyHandler implements OperationHandler {

    private final PolicySupport policies;

    GetPolicyHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:GetPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        ObjectNode output = PolicySupport.JSON.objectNode();
        output.set("Policy", PolicySupport.policy(policies.view(call, input.get("PolicyArn").asText()), true));
        return output;
    }
}
