package dev.idcenter.command.organizations;

import dev.idcenter.command.api.Pagination;
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

/** {@code organizations:ListCreateAccountStatus}. */
@Component
class ListCreateAccountStatusHandler implements OperationHandler {

    private final OrganizationSupport organizations;
    private final Clock clock;

    ListCreateAccountStatusHandler(OrganizationSupport organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "organizations:ListCreateAccountStatus";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        var membership = organizations.requireManagement(call);
        List<String> states = new java.util.ArrayList<>();
        if (input.hasNonNull("States")) {
            input.get("States").forEach(s -> states.add(s.asText()));
        }
        List<CreateAccountStatusView> all = organizations.createAccountStatuses(membership).stream()
                .filter(s -> states.isEmpty() || states.contains(s.state())).toList();
        Pagination page = Pagination.ofTokens(input, all.size(), "create-account-status");
        ObjectNode output = OrganizationSupport.JSON.objectNode();
        var list = output.putArray("CreateAccountStatuses");
        page.slice(all).forEach(s -> list.add(OrganizationSupport.statusShape(s)));
        page.describe(output);
        return output;
    }
}
