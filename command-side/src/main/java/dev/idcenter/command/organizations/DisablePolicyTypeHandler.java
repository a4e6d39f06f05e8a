package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code organizations:DisablePolicyType}: synchronous here: the type is gone from the root and its policies detached everywhere. */
@Component
class DisablePolicyTypeHandler implements OperationHandler {

    private final OrganizationSupport organizations;

    DisablePolicyTypeHandler(OrganizationSupport organizations) {
        this.organizations = organizations;
    }

    @Override
    public String action() {
        return "organizations:DisablePolicyType";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        organizations.send(new DisablePolicyType(membership.organizationId(), input.get("RootId").asText(),
                input.get("PolicyType").asText()));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("Root", OrganizationSupport.rootShape(organizations.organization(membership)));
        return output;
    }
}
