package dev.idcenter.command.iam.account;

import dev.idcenter.command.iam.IamWire;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.command.iam.PolicyDirectory;
import dev.idcenter.command.iam.instanceprofile.InstanceProfileSupport;
import dev.idcenter.command.iam.policy.PolicySupport;
import dev.idcenter.command.iam.role.RoleSupport;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.queries.iam.GroupView;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import dev.idcenter.queries.iam.PolicyView;
import dev.idcenter.queries.iam.RoleView;
import dev.idcenter.queries.iam.UserView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code iam:GetAccountAuthorizationDetails}: every user, group, role and managed policy of the account with their
 * policies, for audits. Pages run over the four lists in that order; AWS managed policies appear when attached here.
 */
@Component
class GetAccountAuthorizationDetailsHandler implements OperationHandler {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final UserSupport users;
    private final RoleSupport roles;
    private final PolicySupport policies;
    private final InstanceProfileSupport instanceProfiles;

    GetAccountAuthorizationDetailsHandler(UserSupport users, RoleSupport roles, PolicySupport policies,
                                          InstanceProfileSupport instanceProfiles) {
        this.users = users;
        this.roles = roles;
        this.policies = policies;
        this.instanceProfiles = instanceProfiles;
    }

    @Override
    public String action() {
        return "iam:GetAccountAuthorizationDetails";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        Set<String> filter = input.has("Filter") ? Set.copyOf(IamWire.strings(input, "Filter"))
                : Set.of("User", "Group", "Role", "LocalManagedPolicy", "AWSManagedPolicy");
        Map<String, List<PolicyAttachmentView>> attached = policies.attachments(call, null, null, null).stream()
                .filter(a -> PolicySupport.PERMISSIONS_POLICY.equals(a.usage()))
                .collect(Collectors.groupingBy(a -> a.entityType() + "/" + a.entityId()));
        ObjectNode output = JSON.objectNode();
        ArrayNode userList = output.putArray("UserDetailList");
        ArrayNode groupList = output.putArray("GroupDetailList");
        ArrayNode roleList = output.putArray("RoleDetailList");
        ArrayNode policyList = output.putArray("Policies");

        // Each item is written into its list when its page is taken; building it reads more views, so lazily.
        List<Consumer<ObjectNode>> items = new ArrayList<>();
        if (filter.contains("User")) {
            for (UserView user : users.users(call, null, null)) {
                items.add(out -> userList.add(user(call, user, attached)));
            }
        }
        if (filter.contains("Group")) {
            for (GroupView group : users.groups(call, null, null)) {
                items.add(out -> groupList.add(group(group, attached)));
            }
        }
        if (filter.contains("Role")) {
            for (RoleView role : roles.list(call, null)) {
                items.add(out -> roleList.add(role(call, role, attached)));
            }
        }
        List<PolicyView> managed = new ArrayList<>();
        if (filter.contains("LocalManagedPolicy")) {
            managed.addAll(policies.localPolicies(call, null));
        }
        if (filter.contains("AWSManagedPolicy")) {
            policies.awsPolicies(call).stream().filter(p -> p.attachmentCount() > 0 || p.permissionsBoundaryUsageCount() > 0)
                    .forEach(managed::add);
        }
        for (PolicyView policy : managed) {
            items.add(out -> policyList.add(policy(call, policy)));
        }
        Pagination page = Pagination.of(input, items.size(), "authorization-details");
        page.slice(items).forEach(item -> item.accept(output));
        page.describe(output);
        return output;
    }

    private ObjectNode user(ApiCall call, UserView user, Map<String, List<PolicyAttachmentView>> attached) {
        // UserDetail is the User shape (its members only are written) with the user's policies and groups.
        ObjectNode node = UserSupport.user(user, true);
        node.set("UserPolicyList", inline(user.inlinePolicies()));
        ArrayNode groups = node.putArray("GroupList");
        users.groups(call, null, user.userId()).forEach(g -> groups.add(g.groupName()));
        node.set("AttachedManagedPolicies", attachedPolicies(attached.get(PolicyDirectory.USER + "/" + user.userId())));
        return node;
    }

    private static ObjectNode group(GroupView group, Map<String, List<PolicyAttachmentView>> attached) {
        ObjectNode node = UserSupport.group(group);
        node.set("GroupPolicyList", inline(group.inlinePolicies()));
        node.set("AttachedManagedPolicies", attachedPolicies(attached.get(PolicyDirectory.GROUP + "/" + group.groupId())));
        return node;
    }

    private ObjectNode role(ApiCall call, RoleView role, Map<String, List<PolicyAttachmentView>> attached) {
        // RoleDetail is the Role shape (its members only are written) with the role's profiles and policies.
        ObjectNode node = RoleSupport.role(role, true);
        ArrayNode profiles = node.putArray("InstanceProfileList");
        instanceProfiles.list(call, null, role.roleId()).forEach(p -> profiles.add(instanceProfiles.profile(call, p)));
        node.set("RolePolicyList", inline(role.inlinePolicies()));
        node.set("AttachedManagedPolicies", attachedPolicies(attached.get(PolicyDirectory.ROLE + "/" + role.roleId())));
        return node;
    }

    private ObjectNode policy(ApiCall call, PolicyView policy) {
        ObjectNode node = PolicySupport.policy(policy, false);
        if (policy.description() != null && !policy.description().isEmpty()) {
            node.put("Description", policy.description());
        }
        ArrayNode versions = node.putArray("PolicyVersionList");
        policies.versions(call, policy.arn()).forEach(v -> versions.add(PolicySupport.version(v, true)));
        return node;
    }

    private static ArrayNode inline(Map<String, String> policies) {
        ArrayNode list = JSON.arrayNode();
        policies.forEach((name, document) -> list.addObject().put("PolicyName", name)
                .put("PolicyDocument", IamWire.urlEncoded(document)));
        return list;
    }

    private static ArrayNode attachedPolicies(List<PolicyAttachmentView> attachments) {
        ArrayNode list = JSON.arrayNode();
        if (attachments != null) {
            attachments.forEach(a -> list.addObject().put("PolicyName", a.policyName()).put("PolicyArn", a.policyArn()));
        }
        return list;
    }

}
