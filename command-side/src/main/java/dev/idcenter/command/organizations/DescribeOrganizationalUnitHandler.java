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

/** {@code organizations:DescribeOrganizationalUnit}. */
@Component
class DescribeOrganizationalUnitHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    DescribeOrganizationalUnitHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:DescribeOrganizationalUnit";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("OrganizationalUnit", OrganizationSupport.ouShape(membership,
                organizations.ou(membership, input.get("OrganizationalUnitId").asText())));
        return output;
    }
}
