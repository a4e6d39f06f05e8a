package dev.idcenter.command.iam.group;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.GroupView;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListGroups}. */
@Component
class ListGroupsHandler implements OperationHandler {

    private final UserSupport users;

    ListGroupsHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:ListGroups";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<GroupView> all = users.groups(call, IamWire.text(input, "PathPrefix"), null);
        Pagination page = Pagination.of(input, all.size(), "groups");
        ObjectNode output = UserSupport.JSON.objectNode();
        var list = output.putArray("Groups");
        page.slice(all).forEach(group -> list.add(UserSupport.group(group)));
        page.describe(output);
        return output;
    }
}
