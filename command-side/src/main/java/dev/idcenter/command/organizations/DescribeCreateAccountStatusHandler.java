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

/** {@code organizations:DescribeCreateAccountStatus}. */
@Component
class DescribeCreateAccountStatusHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    DescribeCreateAccountStatusHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:DescribeCreateAccountStatus";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        String id = input.get("CreateAccountRequestId").asText();
        CreateAccountStatusView status = organizations.createAccountStatuses(membership).stream()
                .filter(s -> s.requestId().equals(id)).findFirst()
                .orElseThrow(() -> new AwsErrorException("CreateAccountStatusNotFoundException", 400,
                        "We can't find a create account request with the CreateAccountRequestId that you specified."));
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        output.set("CreateAccountStatus", OrganizationSupport.statusShape(status));
        return output;
    }
}
