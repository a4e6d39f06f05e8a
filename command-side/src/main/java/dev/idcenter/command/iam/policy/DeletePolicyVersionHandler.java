package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeletePolicyVersion}. */
@Component
class DeletePolicyVersionHandler implements OperationHandler {

    private final PolicySupport policies;

    DeletePolicyVersionHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:DeletePolicyVersion";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        policies.send(new DeletePolicyVersion(policies.idForChange(call, arn, action()), input.get("VersionId").asText()), arn);
        return PolicySupport.JSON.objectNode();
    }
}
