package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:TagPolicy}. */
@Component
class TagPolicyHandler implements OperationHandler {

    private final PolicySupport policies;

    TagPolicyHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:TagPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        policies.send(new TagManagedPolicy(policies.idForChange(call, arn, action()), IamWire.tagsOf(input)), arn);
        return PolicySupport.JSON.objectNode();
    }
}
