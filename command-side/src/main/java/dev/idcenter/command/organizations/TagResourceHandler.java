package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code organizations:TagResource} on a root, an OU, an account or a customer managed policy. */
@Component
class TagResourceHandler implements OperationHandler {

    private final OrganizationSupport organizations;

    TagResourceHandler(OrganizationSupport organizations) {
        this.organizations = organizations;
    }

    @Override
    public String action() {
        return "organizations:TagResource";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        organizations.send(new TagResource(membership.organizationId(), input.get("ResourceId").asText(),
                OrganizationSupport.tags(input)));
        return OrganizationSupport.JSON.objectNode();
    }
}
