package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.organizations.OrganizationAccountView;
import dev.idcenter.queries.organizations.OrganizationPolicyAttachmentView;
import dev.idcenter.queries.organizations.OrganizationPolicyView;
import dev.idcenter.queries.organizations.OrganizationalUnitView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code organizations:CreatePolicy}. */
@Component
class OrganizationCreatePolicyHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    OrganizationCreatePolicyHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:CreatePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        var command = new CreatePolicy(membership.organizationId(), OrganizationIds.policyId(),
                input.get("Name").asText(), input.get("Description").asText(), input.get("Type").asText(),
                input.get("Content").asText(), clock.instant(), OrganizationSupport.tags(input));
        organizations.send(command);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("Policy", OrganizationSupport.policyShape(membership, new OrganizationPolicyView(command.policyId(),
                membership.organizationId(), command.name(), command.description(), command.type(), command.content(),
                false)));
        return output;
    }
}
