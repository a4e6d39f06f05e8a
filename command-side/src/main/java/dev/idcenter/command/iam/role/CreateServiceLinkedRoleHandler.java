package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.RoleView;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** {@code iam:CreateServiceLinkedRole}. */
@Component
class CreateServiceLinkedRoleHandler implements OperationHandler {

    private final RoleSupport roles;
    private final Clock clock;

    CreateServiceLinkedRoleHandler(RoleSupport roles, Clock clock) {
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreateServiceLinkedRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String service = input.get("AWSServiceName").asText();
        String name = ServiceLinkedRoleNames.roleName(service, IamWire.text(input, "CustomSuffix"));
        if (roles.exists(call, name)) {
            throw new AwsErrorException("InvalidInput", 400, "Service role name " + name
                    + " has been taken in this account, please try a different suffix.");
        }
        String roleId = IamIds.newId("AROA");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String path = ServiceLinkedRoleNames.path(service);
        var command = new CreateServiceLinkedRole(roleId, call.caller().accountId(), name, path,
                ServiceLinkedRoleNames.trustPolicy(service), IamWire.text(input, "Description"), service, now);
        roles.send(command, name);
        var view = new RoleView(command.accountId(), roleId, name, path,
                "arn:aws:iam::" + command.accountId() + ":role" + path + name, now, command.assumeRolePolicyDocument(),
                command.description(), 3600, null, List.of(), Map.of());
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.set("Role", RoleSupport.role(view, true));
        return output;
    }
}
