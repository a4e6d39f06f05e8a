package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.iam.role.RoleSupport;
import dev.idcenter.queries.iam.InstanceProfileView;

import java.util.List;

import org.springframework.stereotype.Component;

/** {@code iam:ListInstanceProfiles}. */
@Component
class ListInstanceProfilesHandler implements OperationHandler {

    private final InstanceProfileSupport profiles;

    ListInstanceProfilesHandler(InstanceProfileSupport profiles) {
        this.profiles = profiles;
    }

    @Override
    public String action() {
        return "iam:ListInstanceProfiles";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        return page(call, input, profiles.list(call, IamWire.text(input, "PathPrefix"), null), "instance-profiles");
    }

    static ObjectNode page(ApiCall call, ObjectNode input, List<InstanceProfileView> all, String scope,
                           InstanceProfileSupport profiles) {
        Pagination page = Pagination.of(input, all.size(), scope);
        ObjectNode output = InstanceProfileSupport.JSON.objectNode();
        var list = output.putArray("InstanceProfiles");
        page.slice(all).forEach(profile -> list.add(profiles.profile(call, profile)));
        page.describe(output);
        return output;
    }

    private ObjectNode page(ApiCall call, ObjectNode input, List<InstanceProfileView> all, String scope) {
        return page(call, input, all, scope, profiles);
    }
}
