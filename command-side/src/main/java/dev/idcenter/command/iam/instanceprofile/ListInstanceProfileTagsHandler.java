package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.iam.role.RoleSupport;
import dev.idcenter.events.iam.Tag;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListInstanceProfileTags}. */
@Component
class ListInstanceProfileTagsHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    ListInstanceProfileTagsHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:ListInstanceProfileTags";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        List<Tag> all = profiles.view(call, input.get("InstanceProfileName").asText()).tags();
        Pagination page = Pagination.of(input, all.size(), "instance-profile-tags");
        ObjectNode output = InstanceProfileSupport.JSON.objectNode();
        output.set("Tags", IamWire.tags(page.slice(all)));
        page.describe(output);
        return output;
    }
}
