package dev.idcenter.command.organizations;

import dev.idcenter.command.api.Pagination;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.organizations.CreateAccountStatusView;
import dev.idcenter.queries.organizations.OrganizationAccountView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** {@code organizations:ListAccountsForParent}. */
@Component
class ListAccountsForParentHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListAccountsForParentHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListAccountsForParent";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String parentId = input.get("ParentId").asText();
        organizations.requireParent(membership, organizations.ous(membership), parentId);
        List<OrganizationAccountView> all = organizations.accounts(membership).stream()
                .filter(a -> parentId.equals(a.parentId())).toList();
        Pagination page = Pagination.ofTokens(input, all.size(), "accounts-for-parent:" + parentId);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Accounts");
        page.slice(all).forEach(a -> list.add(OrganizationSupport.accountShape(membership.managementAccountId(), a)));
        page.describe(output);
        return output;
    }
}
