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

/** {@code organizations:CreateAccount}. */
@Component
class CreateAccountHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    CreateAccountHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:CreateAccount";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String roleName = input.hasNonNull("RoleName") ? input.get("RoleName").asText() : "OrganizationAccountAccessRole";
        var command = new RequestAccountCreation(membership.organizationId(), OrganizationIds.createAccountRequestId(),
                organizations.freshAccountId(), input.get("AccountName").asText(), input.get("Email").asText(), roleName,
                clock.instant(), OrganizationSupport.tags(input));
        organizations.send(command);
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("CreateAccountStatus", OrganizationSupport.statusShape(new CreateAccountStatusView(
                command.requestId(), membership.organizationId(), command.accountName(), "IN_PROGRESS",
                command.requestedAt(), null, null, null)));
        return output;
    }
}
