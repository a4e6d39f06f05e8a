package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * {@code organizations:CloseAccount}: a member account becomes SUSPENDED at once (AWS shows PENDING_CLOSURE for a
 * while first; nothing here takes time) and stays listed in the organization.
 */
@Component
class CloseAccountHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    CloseAccountHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:CloseAccount";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        organizations.send(new CloseAccount(membership.organizationId(), input.get("AccountId").asText(),
                clock.instant()));
        return OrganizationSupport.JSON.objectNode();
    }
}
