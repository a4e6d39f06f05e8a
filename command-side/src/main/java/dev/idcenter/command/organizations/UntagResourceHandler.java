package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** {@code organizations:UntagResource}; keys the resource does not have are ignored. */
@Component
class UntagResourceHandler implements OperationHandler {

    private final OrganizationSupport organizations;

    UntagResourceHandler(OrganizationSupport organizations) {
        this.organizations = organizations;
    }

    @Override
    public String action() {
        return "organizations:UntagResource";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        List<String> keys = new ArrayList<>();
        input.get("TagKeys").forEach(k -> keys.add(k.asText()));
        organizations.send(new UntagResource(membership.organizationId(), input.get("ResourceId").asText(), keys));
        return OrganizationSupport.JSON.objectNode();
    }
}
