package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;

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
        return IamWire.tagPage(input, profiles.view(call, input.get("InstanceProfileName").asText()).tags(), "instance-profile-tags");
    }
}
