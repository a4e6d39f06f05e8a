package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.GroupView;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Component;

/** {@code iam:CreateGroup}. */
@Component
class CreateGroupHandler implements OperationHandler {

    private final UserSupport users;
    static final int MAX_GROUPS = 300; // IAM-5
    private final Clock clock;

    CreateGroupHandler(UserSupport users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String action() {
        return "iam:CreateGroup";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        if (users.groupExists(call, name)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "Group with name " + name + " already exists.");
        }
        if (users.groupCount(call) >= MAX_GROUPS) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for GroupsPerAccount: " + MAX_GROUPS + ".");
        }
        String path = input.hasNonNull("Path") ? input.get("Path").asText() : "/";
        String groupId = IamIds.newId("AGPA");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String accountId = call.caller().accountId();
        users.sendToGroup(new CreateGroup(groupId, accountId, name, path, now), name);
        ObjectNode output = UserSupport.JSON.objectNode();
        output.set("Group", UserSupport.group(new GroupView(accountId, groupId, name, path,
                UserSupport.groupArn(accountId, path, name), now, Map.of())));
        return output;
    }
}
