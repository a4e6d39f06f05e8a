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

/** {@code organizations:ListParents}. */
@Component
class ListParentsHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListParentsHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListParents";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String childId = input.get("ChildId").asText();
        String parentId = organizations.accounts(membership).stream().filter(a -> a.accountId().equals(childId))
                .map(OrganizationAccountView::parentId).findFirst()
                .or(() -> organizations.ous(membership).stream().filter(o -> o.organizationalUnitId().equals(childId))
                        .map(OrganizationalUnitView::parentId).findFirst())
                .orElseThrow(() -> new AwsErrorException("ChildNotFoundException", 400,
                        "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified."));
        Pagination page = Pagination.ofTokens(input, 1, "parents:" + childId);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("Parents");
        page.slice(List.of(parentId)).forEach(id -> list.addObject().put("Id", id)
                .put("Type", id.startsWith("r-") ? "ROOT" : "ORGANIZATIONAL_UNIT"));
        page.describe(output);
        return output;
    }
}
