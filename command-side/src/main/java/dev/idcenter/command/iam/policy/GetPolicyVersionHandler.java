package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.PolicyVersionView;
import org.springframework.stereotype.Component;

/** {@code iam:GetPolicyVersion}. */
@Component
class GetPolicyVersionHandler implements OperationHandler {

    private final PolicySupport policies;

    GetPolicyVersionHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:GetPolicyVersion";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        String versionId = input.get("VersionId").asText();
        PolicyVersionView version = policies.versions(call, arn).stream()
                .filter(v -> v.versionId().equals(versionId))
                .findFirst()
                .orElseThrow(() -> new AwsErrorException("NoSuchEntity", 404,
                        "Policy " + arn + " version " + versionId + " does not exist or is not attachable."));
        ObjectNode output = PolicySupport.JSON.objectNode();
        output.set("PolicyVersion", PolicySupport.version(version, true));
        return output;
    }
}
