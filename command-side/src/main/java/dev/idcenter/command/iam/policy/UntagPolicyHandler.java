package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** {@code iam:UntagPolicy}. */
@Component
class UntagPolicyHandler implements OperationHandler {

    private final PolicySupport policies;

    UntagPolicyHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:UntagPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        List<String> keys = new ArrayList<>();
        input.get("TagKeys").forEach(k -> keys.add(k.asText()));
        policies.send(new UntagManagedPolicy(policies.idForChange(call, arn, action()), keys), arn);
        return PolicySupport.JSON.objectNode();
    }
}
