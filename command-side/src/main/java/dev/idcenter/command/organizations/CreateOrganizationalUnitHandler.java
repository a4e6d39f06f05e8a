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

/** {@code organizations:CreateOrganizationalUnit}. */
@Component
class CreateOrganizationalUnitHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    CreateOrganizationalUnitHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:CreateOrganizationalUnit";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        var command = new CreateOrganizationalUnit(membership.organizationId(),
                OrganizationIds.organizationalUnitId(membership.rootId()), input.get("ParentId").asText(),
                input.get("Name").asText(), clock.instant(), OrganizationSupport.tags(input));
        organizations.send(command);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("OrganizationalUnit", OrganizationSupport.ouShape(membership, new OrganizationalUnitView(
                command.organizationalUnitId(), membership.organizationId(), command.parentId(), command.name())));
        return output;
    }
}
