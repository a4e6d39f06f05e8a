package dev.idcenter.command.iam.policy;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code iam:ListEntitiesForPolicy}. */
@Component
class ListEntitiesForPolicyHandler implements OperationHandler {

    private final PolicySupport policies;

    ListEntitiesForPolicyHandler(PolicySupport policies) {
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListEntitiesForPolicy";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String arn = input.get("PolicyArn").asText();
        policies.view(call, arn); // NoSuchEntity for a policy that is not there
        String filter = IamWire.text(input, "EntityFilter");
        String prefix = input.hasNonNull("PathPrefix") ? input.get("PathPrefix").asText() : "/";
        String entityType = filter == null ? null : switch (filter) {
            case "Role" -> "role";
            case "User" -> "user";
            case "Group" -> "group";
            default -> "none"; // LocalManagedPolicy, AWSManagedPolicy: policies are not attached to policies
        };
        String usage = IamWire.text(input, "PolicyUsageFilter");
        Set<String> seen = new HashSet<>();
        List<PolicyAttachmentView> all = policies.attachments(call, arn, entityType, null).stream()
                .filter(a -> a.entityPath() != null && a.entityPath().startsWith(prefix))
                .filter(a -> usage == null || usage.equals(a.usage()))
                .filter(a -> seen.add(a.entityType() + "/" + a.entityId())) // attached and bounding: listed once
                .toList();
        Pagination page = Pagination.of(input, all.size(), "policy-entities");
        ObjectNode output = PolicySupport.JSON.objectNode();
        var groups = output.putArray("PolicyGroups");
        var users = output.putArray("PolicyUsers");
        var roles = output.putArray("PolicyRoles");
        for (PolicyAttachmentView a : page.slice(all)) {
            switch (a.entityType()) {
                case "role" -> roles.addObject().put("RoleName", a.entityName()).put("RoleId", a.entityId());
                case "user" -> users.addObject().put("UserName", a.entityName()).put("UserId", a.entityId());
                case "group" -> groups.addObject().put("GroupName", a.entityName()).put("GroupId", a.entityId());
                default -> { }
            }
        }
        page.describe(output);
        return output;
    }
}
