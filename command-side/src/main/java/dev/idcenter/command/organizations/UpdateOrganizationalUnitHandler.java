package dev.idcenter.command.organizations;

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

/** {@code organizations:UpdateOrganizationalUnit}. */
@Component
class UpdateOrganizationalUnitHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    UpdateOrganizationalUnitHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:UpdateOrganizationalUnit";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String id = input.get("OrganizationalUnitId").asText();
        if (input.hasNonNull("Name")) {
            organizations.send(new RenameOrganizationalUnit(membership.organizationId(), id, input.get("Name").asText()));
        }
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("OrganizationalUnit", OrganizationSupport.ouShape(membership, organizations.ou(membership, id)));
        return output;
    }
}
