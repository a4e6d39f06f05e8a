package dev.idcenter.command.iam.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.credentials.AccessKeyDirectory;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListAccessKeys}. */
@Component
class ListAccessKeysHandler implements OperationHandler {

    private final UserSupport users;
    private final AccessKeys keys;

    ListAccessKeysHandler(UserSupport users, AccessKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public String action() {
        return "iam:ListAccessKeys";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        AccessKeys.Owner owner = keys.ownerOrRoot(call, input);
        List<AccessKeyDirectory.Listing> all = keys.directory().keysOf(owner.userId());
        Pagination page = Pagination.of(input, all.size(), "access-keys");
        ObjectNode output = UserSupport.JSON.objectNode();
        var list = output.putArray("AccessKeyMetadata");
        page.slice(all).forEach(key -> {
            ObjectNode metadata = list.addObject();
            if (owner.userName() != null) {
                metadata.put("UserName", owner.userName());
            }
            metadata.put("AccessKeyId", key.accessKeyId())
                .put("Status", key.status())
                    .put("CreateDate", key.createdAt().toString());
        });
        page.describe(output);
        return output;
    }
}
