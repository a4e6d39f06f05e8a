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

/** {@code organizations:ListTargetsForPolicy}. */
@Component
class ListTargetsForPolicyHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListTargetsForPolicyHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListTargetsForPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String policyId = organizations.policy(membership, input.get("PolicyId").asText()).policyId();
        List<String> targets = organizations.attachments(membership).stream()
                .filter(a -> a.policyId().equals(policyId)).map(OrganizationPolicyAttachmentView::targetId).toList();
        List<OrganizationalUnitView> ous = organizations.ous(membership);
        List<OrganizationAccountView> accounts = organizations.accounts(membership);
        Pagination page = Pagination.ofTokens(input, targets.size(), "targets-for-policy:" + policyId);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Targets");
        String prefix = "arn:aws:organizations::" + membership.managementAccountId() + ":";
        for (String id : page.slice(targets)) {
            ObjectNode target = list.addObject().put("TargetId", id);
            if (id.equals(membership.rootId())) {
                target.put("Arn", prefix + "root/" + membership.organizationId() + "/" + id).put("Name", "Root")
                        .put("Type", "ROOT");
            } else if (id.startsWith("ou-")) {
                target.put("Arn", prefix + "ou/" + membership.organizationId() + "/" + id)
                        .put("Name", ous.stream().filter(o -> o.organizationalUnitId().equals(id))
                                .map(OrganizationalUnitView::name).findFirst().orElse(id))
                        .put("Type", "ORGANIZATIONAL_UNIT");
            } else {
                target.put("Arn", prefix + "account/" + membership.organizationId() + "/" + id)
                        .put("Name", accounts.stream().filter(a -> a.accountId().equals(id))
                                .map(OrganizationAccountView::accountName).findFirst().orElse(id))
                        .put("Type", "ACCOUNT");
            }
        }
        page.describe(output);
        return output;
    }
}
