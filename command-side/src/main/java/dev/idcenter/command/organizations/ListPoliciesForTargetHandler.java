package dev.idcenter.command.organizations;

import dev.idcenter.command.api.Pagination;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.organizations.OrganizationAccountView;
import dev.idcenter.queries.organizations.OrganizationPolicyAttachmentView;
import dev.idcenter.queries.organizations.OrganizationPolicyView;
import dev.idcenter.queries.organizations.OrganizationalUnitView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code organizations:ListPoliciesForTarget}. */
@Component
class ListPoliciesForTargetHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListPoliciesForTargetHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListPoliciesForTarget";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String targetId = input.get("TargetId").asText();
        String type = input.get("Filter").asText();
        boolean exists = targetId.equals(membership.rootId())
                || organizations.ous(membership).stream().anyMatch(o -> o.organizationalUnitId().equals(targetId))
                || organizations.accounts(membership).stream().anyMatch(a -> a.accountId().equals(targetId));
        if (!exists) {
            throw new AwsErrorException("TargetNotFoundException", 400,
                    "We can't find a root, OU, account, or policy with the TargetId that you specified.");
        }
        Set<String> attached = organizations.attachments(membership).stream()
                .filter(a -> a.targetId().equals(targetId)).map(OrganizationPolicyAttachmentView::policyId)
                .collect(Collectors.toSet());
        List<OrganizationPolicyView> all = organizations.policies(membership).stream()
                .filter(p -> p.type().equals(type) && attached.contains(p.policyId())).toList();
        Pagination page = Pagination.ofTokens(input, all.size(), "policies-for-target:" + targetId + ":" + type);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Policies");
        page.slice(all).forEach(p -> list.add(OrganizationSupport.policySummary(membership, p)));
        page.describe(output);
        return output;
    }
}
