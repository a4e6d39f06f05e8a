package dev.idcenter.command.iam.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.command.iam.policy.PolicySupport;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code iam:ListAttachedRolePolicies}: ordered by policy name. */
@Component
class ListAttachedRolePoliciesHandler implements OperationHandler {

    private final RoleSupport roles;
    private final PolicySupport policies;

    ListAttachedRolePoliciesHandler(RoleSupport roles, PolicySupport policies) {
        this.roles = roles;
        this.policies = policies;
    }

    @Override
    public String action() {
        return "iam:ListAttachedRolePolicies";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        String roleId = roles.view(call, input.get("RoleName").asText()).roleId();
        String prefix = input.hasNonNull("PathPrefix") ? input.get("PathPrefix").asText() : "/";
        List<PolicyAttachmentView> all = policies.attachments(call, null, PolicyDirectory.ROLE, roleId).stream()
                .filter(a -> a.usage().equals(PolicySupport.PERMISSIONS_POLICY))
                .filter(a -> a.policyPath().startsWith(prefix))
                .toList();
        Pagination page = Pagination.of(input, all.size(), "attached-role-policies");
        ObjectNode output = RoleSupport.JSON.objectNode();
        var list = output.putArray("AttachedPolicies");
        page.slice(all).forEach(a -> list.addObject().put("PolicyName", a.policyName()).put("PolicyArn", a.policyArn()));
        page.describe(output);
        return output;
    }
}
