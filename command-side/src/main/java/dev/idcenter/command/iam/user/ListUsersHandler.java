package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.UserView;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListUsers}. */
@Component
class ListUsersHandler implements OperationHandler {

    private final UserSupport users;

    ListUsersHandler(UserSupport users) {
        this.users = users;
    }

    @Override
    public String action() {
        return "iam:ListUsers";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<UserView> all = users.users(call, IamWire.text(input, "PathPrefix"), null);
        Pagination page = Pagination.of(input, all.size(), "users");
        ObjectNode output = UserSupport.JSON.objectNode();
        var list = output.putArray("Users");
        page.slice(all).forEach(user -> list.add(UserSupport.user(user, false)));
        page.describe(output);
        return output;
    }
}
