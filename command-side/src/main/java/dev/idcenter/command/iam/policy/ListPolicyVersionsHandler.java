package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.PolicyVersionView;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code iam:ListPolicyVersions}. */
@Component
class ListPolicyVersionsHandler implements OperationHandler {

    private final PolicySupport policies;

    ListPolicyVersionsHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListPolicyVersions";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<PolicyVersionView> all = policies.versions(call, input.get("PolicyArn").asText());
        Pagination page = Pagination.of(input, all.size(), "policy-versions");
        ObjectNode output = PolicySupport.JSON.objectNode();
        var list = output.putArray("Versions");
        page.slice(all).forEach(v -> list.add(PolicySupport.version(v, false)));
        page.describe(output);
        return output;
    }
}
