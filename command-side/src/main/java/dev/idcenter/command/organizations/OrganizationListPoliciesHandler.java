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

/** {@code organizations:ListPolicies}. */
@Component
class OrganizationListPoliciesHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    OrganizationListPoliciesHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListPolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String type = input.get("Filter").asText();
        List<OrganizationPolicyView> all = organizations.policies(membership).stream()
                .filter(p -> p.type().equals(type)).toList();
        Pagination page = Pagination.ofTokens(input, all.size(), "policies:" + type);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Policies");
        page.slice(all).forEach(p -> list.add(OrganizationSupport.policySummary(membership, p)));
        page.describe(output);
        return output;
    }
}
