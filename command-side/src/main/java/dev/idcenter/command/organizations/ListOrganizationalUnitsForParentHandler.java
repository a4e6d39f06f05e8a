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

/** {@code organizations:ListOrganizationalUnitsForParent}. */
@Component
class ListOrganizationalUnitsForParentHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListOrganizationalUnitsForParentHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListOrganizationalUnitsForParent";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String parentId = input.get("ParentId").asText();
        List<OrganizationalUnitView> all = organizations.ous(membership);
        organizations.requireParent(membership, all, parentId);
        List<OrganizationalUnitView> children = all.stream().filter(o -> o.parentId().equals(parentId)).toList();
        Pagination page = Pagination.ofTokens(input, children.size(), "ous-for-parent:" + parentId);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("OrganizationalUnits");
        page.slice(children).forEach(o -> list.add(OrganizationSupport.ouShape(membership, o)));
        page.describe(output);
        return output;
    }
}
