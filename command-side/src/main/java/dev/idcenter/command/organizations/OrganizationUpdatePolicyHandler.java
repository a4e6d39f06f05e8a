package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamWire;
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

/** {@code organizations:UpdatePolicy}. */
@Component
class OrganizationUpdatePolicyHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    OrganizationUpdatePolicyHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:UpdatePolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String policyId = input.get("PolicyId").asText();
        organizations.send(new UpdatePolicy(membership.organizationId(), policyId, IamWire.text(input, "Name"),
                IamWire.text(input, "Description"), IamWire.text(input, "Content")));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("Policy", OrganizationSupport.policyShape(membership, organizations.policy(membership, policyId)));
        return output;
    }
}
