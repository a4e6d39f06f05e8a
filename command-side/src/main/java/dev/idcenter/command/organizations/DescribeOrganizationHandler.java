package dev.idcenter.command.organizations;

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

/** {@code organizations:DescribeOrganization}. */
@Component
class DescribeOrganizationHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    DescribeOrganizationHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:DescribeOrganization";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var org = organizations.organization(organizations.requireManagement(call));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("Organization", OrganizationSupport.organizationShape(org));
        return output;
    }
}
