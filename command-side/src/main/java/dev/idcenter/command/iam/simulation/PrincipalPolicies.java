package dev.idcenter.command.iam.simulation;

import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.organizations.OrganizationDirectoryProjection;
import dev.idcenter.command.iam.policy.PolicySupport;
import dev.idcenter.command.iam.role.RoleSupport;
import dev.idcenter.command.iam.user.UserSupport;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.GroupView;
import dev.idcenter.queries.iam.PolicyAttachmentView;
import dev.idcenter.queries.iam.RoleView;
import dev.idcenter.queries.iam.UserView;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policies that apply to a user, group or role, as {@code SimulatePrincipalPolicy} evaluates them: the entity's
 * inline and attached managed policies, for a user those of its groups too, and its permissions boundary.
 */
@Component
class PrincipalPolicies {

    /** One policy and where it comes from, as {@code MatchedStatements} report it. */
    record Sourced(String id, String type, String document) {
    }

    /** What applies to the principal of {@code accountId}; {@code boundaryDocument} is null without a boundary. */
    record Gathered(String accountId, String arn, String uniqueId, List<Sourced> identity, String boundaryDocument) {
    }

    private final RoleSupport roles;
    private final UserSupport users;
    private final PolicySupport policies;
    private final OrganizationDirectoryProjection organizations;

    PrincipalPolicies(RoleSupport roles, UserSupport users, PolicySupport policies,
                      OrganizationDirectoryProjection organizations) {
        this.roles = roles;
        this.users = users;
        this.policies = policies;
        this.organizations = organizations;
    }

    Gathered of(ApiCall call, String policySourceArn) {
        String[] parts = policySourceArn.split(":", 6);
        if (parts.length != 6 || !"iam".equals(parts[2]) || !parts[5].contains("/")) {
            throw new AwsErrorException("InvalidInput", 400, "ARN " + policySourceArn + " is not valid.");
        }
        String accountId = parts[4];
        if (!accountId.equals(call.caller().accountId())) {
            if (!managementRootOfOrganizationOf(call, accountId)) {
                throw new AwsErrorException("NoSuchEntity", 404, "The entity " + policySourceArn + " cannot be found.");
            }
            call = inMemberAccount(call, accountId);
        }
        String resource = parts[5];
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        List<Sourced> identity = new ArrayList<>();
        if (resource.startsWith("role/")) {
            RoleView role = requireArn(roles.view(call, name), RoleView::arn, policySourceArn);
            addInline(identity, role.inlinePolicies(), "role");
            addAttached(call, identity, "role", role.roleId());
            return new Gathered(accountId, role.arn(), role.roleId(), identity, boundary(call, role.permissionsBoundaryArn()));
        }
        if (resource.startsWith("user/")) {
            UserView user = requireArn(users.user(call, name), UserView::arn, policySourceArn);
            addInline(identity, user.inlinePolicies(), "user");
            addAttached(call, identity, "user", user.userId());
            for (GroupView group : users.groups(call, null, user.userId())) {
                addInline(identity, group.inlinePolicies(), "group");
                addAttached(call, identity, "group", group.groupId());
            }
            return new Gathered(accountId, user.arn(), user.userId(), identity, boundary(call, user.permissionsBoundaryArn()));
        }
        if (resource.startsWith("group/")) {
            GroupView group = requireArn(users.group(call, name), GroupView::arn, policySourceArn);
            addInline(identity, group.inlinePolicies(), "group");
            addAttached(call, identity, "group", group.groupId());
            return new Gathered(accountId, group.arn(), group.groupId(), identity, null);
        }
        throw new AwsErrorException("InvalidInput", 400,
                "PolicySourceArn " + policySourceArn + " must name a user, a group or a role.");
    }

    /**
     * The root user of an organization's management account may simulate the principals of the organization's
     * member accounts (to see the SCPs that apply to them, ADR 0005); an ARN of any other account is never found.
     */
    private boolean managementRootOfOrganizationOf(ApiCall call, String accountId) {
        String caller = call.caller().accountId();
        if (!"Root".equals(call.caller().type())) {
            return false;
        }
        var callerMembership = organizations.membership(caller).orElse(null);
        return callerMembership != null && callerMembership.managementAccountId().equals(caller)
                && organizations.membership(accountId)
                .map(m -> m.organizationId().equals(callerMembership.organizationId())).orElse(false);
    }

    /**
     * The call as the member account's root, only to read that account's IAM namespace (its users, groups, roles
     * and their policies); it is never used to decide whether anything is allowed.
     */
    private static ApiCall inMemberAccount(ApiCall call, String accountId) {
        Caller member = new Caller("Root", accountId, "arn:aws:iam::" + accountId + ":root", accountId,
                call.caller().accessKeyId());
        return call.as(member);
    }

    /** Names are found ignoring case; the source must be this very ARN, path and case included. */
    private static <T> T requireArn(T entity, java.util.function.Function<T, String> arnOf, String policySourceArn) {
        if (!arnOf.apply(entity).equals(policySourceArn)) {
            throw new AwsErrorException("NoSuchEntity", 404, "The entity " + policySourceArn + " cannot be found.");
        }
        return entity;
    }

    private static void addInline(List<Sourced> into, Map<String, String> inline, String type) {
        inline.forEach((policyName, document) -> into.add(new Sourced(policyName, type, document)));
    }

    private void addAttached(ApiCall call, List<Sourced> into, String entityType, String entityId) {
        for (PolicyAttachmentView attachment : policies.attachments(call, null, entityType, entityId)) {
            if (PolicySupport.PERMISSIONS_POLICY.equals(attachment.usage())) {
                String arn = attachment.policyArn();
                into.add(new Sourced(attachment.policyName(), arn.startsWith("arn:aws:iam::aws:") ? "aws-managed"
                        : "user-managed", policies.defaultDocument(call, arn)));
            }
        }
    }

    private String boundary(ApiCall call, String boundaryArn) {
        return boundaryArn == null ? null : policies.defaultDocument(call, boundaryArn);
    }
}
