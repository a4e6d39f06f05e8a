package dev.idcenter.command.organizations;

import dev.idcenter.command.api.Pagination;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.organizations.OrganizationAccountView;
import dev.idcenter.queries.organizations.OrganizationalUnitView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** {@code organizations:ListChildren}. */
@Component
class ListChildrenHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListChildrenHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListChildren";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String parentId = input.get("ParentId").asText();
        List<OrganizationalUnitView> ous = organizations.ous(membership);
        organizations.requireParent(membership, ous, parentId);
        String type = input.get("ChildType").asText();
        List<String> ids = "ACCOUNT".equals(type)
                ? organizations.accounts(membership).stream().filter(a -> parentId.equals(a.parentId()))
                        .map(OrganizationAccountView::accountId).toList()
                : ous.stream().filter(o -> parentId.equals(o.parentId()))
                        .map(OrganizationalUnitView::organizationalUnitId).toList();
        Pagination page = Pagination.ofTokens(input, ids.size(), "children:" + type + ":" + parentId);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Children");
        page.slice(ids).forEach(id -> list.addObject().put("Id", id).put("Type", type));
        page.describe(output);
        return output;
    }
}
