package dev.idcenter.command.iam.instanceprofile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:DeleteInstanceProfile}. */
@Component
class DeleteInstanceProfileHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    DeleteInstanceProfileHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:DeleteInstanceProfile";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String name = input.get("InstanceProfileName").asText();
        profiles.send(new DeleteInstanceProfile(profiles.idOf(call, name)), name);
        return InstanceProfileSupport.JSON.objectNode();
    }
}
