package dev.idcenter.command.iam.instanceprofile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import org.springframework.stereotype.Component;

/** {@code iam:GetInstanceProfile}. */
@Component
class GetInstanceProfileHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    GetInstanceProfileHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:GetInstanceProfile";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        ObjectNode output = InstanceProfileSupport.JSON.objectNode();
        output.set("InstanceProfile", profiles.profile(call, profiles.view(call, input.get("InstanceProfileName").asText())));
        return output;
    }
}
