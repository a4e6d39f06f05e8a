package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.queries.iam.PolicyVersionView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code iam:CreatePolicyVersion}. */
@Component
class CreatePolicyVersionHandler implements OperationHandler {

    private final PolicySupport policies;
    private final Clock clock;

    CreatePolicyVersionHandler(PolicySupport policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreatePolicyVersion";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        String policyId = policies.idForChange(call, arn, action());
        boolean asDefault = input.hasNonNull("SetAsDefault") && input.get("SetAsDefault").asBoolean();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        policies.send(new CreatePolicyVersion(policyId, input.get("PolicyDocument").asText(), asDefault, now), arn);
        PolicyVersionView created = policies.versions(call, arn).get(0); // newest first
        ObjectNode output = PolicySupport.JSON.objectNode();
        output.set("PolicyVersion", PolicySupport.version(created, false));
        return output;
    }
}
