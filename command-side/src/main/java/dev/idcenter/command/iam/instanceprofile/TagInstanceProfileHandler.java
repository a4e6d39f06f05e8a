package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.iam.role.RoleSupport;

import org.springframework.stereotype.Component;

/** {@code iam:TagInstanceProfile}. */
@Component
class TagInstanceProfileHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    TagInstanceProfileHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:TagInstanceProfile";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("InstanceProfileName").asText();
        profiles.send(new TagInstanceProfile(profiles.idOf(call, name), IamWire.tagsOf(input)), name);
        return InstanceProfileSupport.JSON.objectNode();
    }
}
