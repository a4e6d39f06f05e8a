package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.policy.PermissionsBoundaries;
import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.UserView;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Component;

/** {@code iam:CreateUser}. */
@Component
class CreateUserHandler implements OperationHandler {

    private final UserSupport users;
    private final PermissionsBoundaries boundaries;
    static final int MAX_USERS = 5000; // IAM-5
    private final Clock clock;

    CreateUserHandler(UserSupport users, Clock clock, PermissionsBoundaries boundaries) {
        this.boundaries = boundaries;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreateUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        if (users.userExists(call, name)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "User with name " + name + " already exists.");
        }
        if (users.userCount(call) >= MAX_USERS) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for UsersPerAccount: " + MAX_USERS + ".");
        }
        String path = input.hasNonNull("Path") ? input.get("Path").asText() : "/";
        String userId = IamIds.newId("AIDA");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // AWS shows CreateDate to the second
        String accountId = call.caller().accountId();
        var command = new CreateUser(userId, accountId, name, path,
                boundaries.require(call, IamWire.text(input, "PermissionsBoundary")), IamWire.tagsOf(input), now);
        users.sendToUser(command, name);
        var view = new UserView(accountId, userId, name, path, UserSupport.userArn(accountId, path, name), now,
                command.permissionsBoundaryArn(), command.tags(), Map.of());
        ObjectNode output = UserSupport.JSON.objectNode();
        output.set("User", UserSupport.user(view, true));
        return output;
    }
}
