package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.PolicyView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** {@code iam:ListPolicies}. */
@Component
class ListPoliciesHandler implements OperationHandler {

    private final PolicySupport policies;

    ListPoliciesHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListPolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String scope = input.hasNonNull("Scope") ? input.get("Scope").asText() : "All";
        boolean onlyAttached = input.hasNonNull("OnlyAttached") && input.get("OnlyAttached").asBoolean();
        String prefix = input.hasNonNull("PathPrefix") ? input.get("PathPrefix").asText() : "/";
        // PolicyUsageFilter says which kind of use counts as "attached" for OnlyAttached (none: either).
        String usage = IamWire.text(input, "PolicyUsageFilter");
        Predicate<PolicyView> attached = p -> PolicySupport.PERMISSIONS_POLICY.equals(usage) ? p.attachmentCount() > 0
                : PolicySupport.PERMISSIONS_BOUNDARY.equals(usage) ? p.permissionsBoundaryUsageCount() > 0
                : p.attachmentCount() + p.permissionsBoundaryUsageCount() > 0;
        List<PolicyView> all = new ArrayList<>();
        if (!"Local".equals(scope)) {
            all.addAll(policies.awsPolicies(call));
        }
        if (!"AWS".equals(scope)) {
            all.addAll(policies.localPolicies(call, prefix));
        }
        all.removeIf(p -> !p.path().startsWith(prefix) || onlyAttached && !attached.test(p));
        // One order across both scopes, so that a marker stays meaningful: by name, ignoring case.
        all.sort(Comparator.comparing((PolicyView p) -> p.policyName().toLowerCase(Locale.ROOT)).thenComparing(PolicyView::arn));
        Pagination page = Pagination.of(input, all.size(), "policies");
        ObjectNode output = PolicySupport.JSON.objectNode();
        var list = output.putArray("Policies");
        page.slice(all).forEach(p -> list.add(PolicySupport.policy(p, false)));
        page.describe(output);
        return output;
    }
}
