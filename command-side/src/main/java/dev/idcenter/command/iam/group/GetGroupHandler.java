package dev.idcenter.command.iam.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.GroupView;
import dev.idcenter.queries.iam.UserView;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:GetGroup}. The group and its users, paginated */
@Component
class GetGroupHandler implements OperationHandler {

    private final UserSupport users;

    GetGroupHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:GetGroup";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("GroupName").asText();
        GroupView group = users.group(call, name);
        List<UserView> all = users.users(call, null, group.groupId());
        Pagination page = Pagination.of(input, all.size(), "group-users");
        ObjectNode output = UserSupport.JSON.objectNode();
        output.set("Group", UserSupport.group(group));
        var list = output.putArray("Users");
        page.slice(all).forEach(user -> list.add(UserSupport.user(user, false)));
        page.describe(output);
        return output;
    }
}
