package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.command.iam.UserGroupDirectoryProjection;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteGroup}. */
@Component
class DeleteGroupHandler implements OperationHandler {

    private final UserSupport users;
    private final UserGroupDirectoryProjection members;

    DeleteGroupHandler(UserSupport users, UserGroupDirectoryProjection members) {
        this.users = users;
        this.members = members;
    }

    @Override
    public String action() {
        return "iam:DeleteGroup";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        String groupId = users.groupId(call, name);
        try {
            users.sendToGroup(new DeleteGroup(groupId, members.hasMembers(groupId)), name);
        } catch (RuntimeException e) {
            if (UserGroupDirectoryProjection.isMembershipRace(e)) { // a member was added meanwhile
                throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must remove users from group first.");
            }
            throw e;
        }
        return UserSupport.JSON.objectNode();
    }
}
