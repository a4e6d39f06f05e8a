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

/** {@code organizations:DescribeAccount}. */
@Component
class DescribeAccountHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    DescribeAccountHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:DescribeAccount";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String id = input.get("AccountId").asText();
        OrganizationAccountView account = organizations.accounts(membership).stream()
                .filter(a -> a.accountId().equals(id)).findFirst()
                .orElseThrow(() -> new AwsErrorException("AccountNotFoundException", 400,
                        "You specified an account that doesn't exist."));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("Account", OrganizationSupport.accountShape(membership.managementAccountId(), account));
        return output;
    }
}
