package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.GroupView;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListGroupsForUser}. */
@Component
class ListGroupsForUserHandler implements OperationHandler {

    private final UserSupport users;

    ListGroupsForUserHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:ListGroupsForUser";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("UserName").asText();
        List<GroupView> all = users.groups(call, null, users.userId(call, name));
        Pagination page = Pagination.of(input, all.size(), "user-groups");
        ObjectNode output = UserSupport.JSON.objectNode();
        var list = output.putArray("Groups");
        page.slice(all).forEach(group -> list.add(UserSupport.group(group)));
        page.describe(output);
        return output;
    }
}
