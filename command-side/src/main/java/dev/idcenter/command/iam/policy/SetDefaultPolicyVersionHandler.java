package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:SetDefaultPolicyVersion}. */
@Component
class SetDefaultPolicyVersionHandler implements OperationHandler {

    private final PolicySupport policies;

    SetDefaultPolicyVersionHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:SetDefaultPolicyVersion";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        policies.send(new SetDefaultPolicyVersion(policies.idForChange(call, arn, action()), input.get("VersionId").asText()), arn);
        return PolicySupport.JSON.objectNode();
    }
}
