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

/** {@code organizations:CreateOrganization}. */
@Component
class CreateOrganizationHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    CreateOrganizationHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:CreateOrganization";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String management = organizations.requireOrganizationless(call);
        String featureSet = input.hasNonNull("FeatureSet") ? input.get("FeatureSet").asText() : "ALL";
        var command = new CreateOrganization(OrganizationIds.organizationId(), management, OrganizationIds.rootId(),
                featureSet, clock.instant());
        organizations.send(command);
        var view = new dev.idcenter.queries.organizations.OrganizationView(command.organizationId(), management,
                command.rootId(), featureSet, command.createdAt(), java.util.List.of(Policies.SERVICE_CONTROL_POLICY));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("Organization", OrganizationSupport.organizationShape(view));
        return output;
    }
}
