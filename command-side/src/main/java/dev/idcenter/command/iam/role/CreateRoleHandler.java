package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.policy.PermissionsBoundaries;
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
import java.util.Map;

import org.springframework.stereotype.Component;

/** {@code iam:CreateRole}. */
@Component
class CreateRoleHandler implements OperationHandler {

    private final RoleSupport roles;
    private final PermissionsBoundaries boundaries;
    private static final int MAX_ROLES = 1000;
    private final Clock clock;
    private final TrustPrincipals trustPrincipals;

    CreateRoleHandler(RoleSupport roles, Clock clock, TrustPrincipals trustPrincipals, PermissionsBoundaries boundaries) {
        this.boundaries = boundaries;
        this.roles = roles;
        this.clock = clock;
        this.trustPrincipals = trustPrincipals;
    }

    @Override
    public String action() {
        return "iam:CreateRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("RoleName").asText();
        if (roles.exists(call, name)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "Role with name " + name + " already exists.");
        }
        if (roles.roleCount(call) >= MAX_ROLES) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for RolesPerAccount: " + MAX_ROLES + ".");
        }
        String path = input.hasNonNull("Path") ? input.get("Path").asText() : "/";
        int maxSession = input.hasNonNull("MaxSessionDuration") ? input.get("MaxSessionDuration").asInt() : 3600;
        String roleId = IamIds.newId("AROA");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // AWS shows CreateDate to the second
        var command = new CreateRole(roleId, call.caller().accountId(), name, path,
                input.get("AssumeRolePolicyDocument").asText(), IamWire.text(input, "Description"), maxSession,
                boundaries.require(call, IamWire.text(input, "PermissionsBoundary")), IamWire.tagsOf(input), now,
                trustPrincipals.bind(input.get("AssumeRolePolicyDocument").asText()));
        roles.send(command, name);
        var view = new RoleView(command.accountId(), roleId, name, path,
                "arn:aws:iam::" + command.accountId() + ":role" + path + name, now, command.assumeRolePolicyDocument(),
                command.description(), maxSession, command.permissionsBoundaryArn(), command.tags(), Map.of());
        ObjectNode output = RoleSupport.JSON.objectNode();
        output.set("Role", RoleSupport.role(view, true));
        return output;
    }
}
