package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.PolicyView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code iam:CreatePolicy}. */
@Component
class CreatePolicyHandler implements OperationHandler {

    private static final int MAX_POLICIES = 1500;
    private final PolicySupport policies;
    private final Clock clock;

    CreatePolicyHandler(PolicySupport policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreatePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("PolicyName").asText();
        if (policies.exists(call, name)) {
            throw duplicate(name);
        }
        if (policies.policyCount(call) >= MAX_POLICIES) { // IAM-5
            throw new AwsErrorException("LimitExceeded", 409,
                    "Cannot exceed quota for PoliciesPerAccount: " + MAX_POLICIES + ".");
        }
        String path = input.hasNonNull("Path") ? input.get("Path").asText() : "/";
        String policyId = IamIds.newId("ANPA");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // AWS shows dates to the second
        var command = new CreateManagedPolicy(policyId, call.caller().accountId(), name, path,
                IamWire.text(input, "Description"), input.get("PolicyDocument").asText(),
                IamWire.tagsOf(input), now);
        String arn = PolicySupport.arnOf(command.accountId(), path, name);
        policies.send(command, arn, () -> duplicate(name));
        var view = new PolicyView(command.accountId(), policyId, name, path, arn, "v1", 0, 0, command.description(),
                now, now, command.tags());
        ObjectNode output = PolicySupport.JSON.objectNode();
        output.set("Policy", PolicySupport.policy(view, true));
        return output;
    }

    private static AwsErrorException duplicate(String name) {
        return new AwsErrorException("EntityAlreadyExists", 409,
                "A policy called " + name + " already exists. Duplicate names are not allowed.");
    }
}
