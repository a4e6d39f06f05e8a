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

/** {@code organizations:ListRoots}. */
@Component
class ListRootsHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListRootsHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListRoots";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var org = organizations.organization(organizations.requireManagement(call));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        Pagination page = Pagination.ofTokens(input, 1, "roots");
        var roots = output.putArray("Roots");
        page.slice(List.of(org)).forEach(o -> roots.add(OrganizationSupport.rootShape(o)));
        page.describe(output);
        return output;
    }
}
