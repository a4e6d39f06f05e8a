package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:ListPolicyTags}. */
@Component
class ListPolicyTagsHandler implements OperationHandler {

    private final PolicySupport policies;

    ListPolicyTagsHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListPolicyTags";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        return IamWire.tagPage(input, policies.view(call, input.get("PolicyArn").asText()).tags(), "policy-tags");
    }
}
