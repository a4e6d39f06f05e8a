package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/** {@code iam:DeletePolicy}. */
@Component
class DeletePolicyHandler implements OperationHandler {

    private final PolicySupport policies;

    DeletePolicyHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:DeletePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        String policyId = policies.idForChange(call, arn, action());
        if (policies.attachmentCount(call, arn) > 0) { // IAM-4; the directory decides races
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete a policy attached to entities.");
        }
        policies.send(new DeleteManagedPolicy(policyId), arn);
        return PolicySupport.JSON.objectNode();
    }
}
