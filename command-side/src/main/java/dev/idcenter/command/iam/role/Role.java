package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.PolicyDocuments;
import dev.idcenter.command.iam.TagRules;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import dev.idcenter.events.iam.role.RoleDescriptionChanged;
import dev.idcenter.events.iam.role.RoleInlinePolicyDeleted;
import dev.idcenter.events.iam.role.RoleInlinePolicyPut;
import dev.idcenter.events.iam.role.RoleManagedPolicyAttached;
import dev.idcenter.events.iam.role.RoleManagedPolicyDetached;
import dev.idcenter.events.iam.role.RoleMaxSessionDurationChanged;
import dev.idcenter.events.iam.role.RolePermissionsBoundaryRemoved;
import dev.idcenter.events.iam.role.RolePermissionsBoundarySet;
import dev.idcenter.events.iam.role.RoleTagged;
import dev.idcenter.events.iam.role.RoleTrustPolicyChanged;
import dev.idcenter.events.iam.role.RoleTrustPrincipalsBound;
import dev.idcenter.events.iam.role.RoleUntagged;
import dev.idcenter.events.iam.role.ServiceLinkedRoleCreated;
import dev.idcenter.events.iam.role.ServiceLinkedRoleDeletionCompleted;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An IAM role (IAM-3): its trust policy, tags, boundary and inline policies. Enforces what needs only the role's own
 * state; name uniqueness per account lives in the command side's directory (a unique constraint written with the
 * events).
 */
@Aggregate
public class Role {

    static final int MAX_INLINE_POLICY_SIZE = 10240;
    static final int MAX_MANAGED_POLICIES = 10;

    @AggregateIdentifier
    private String roleId;
    private String accountId;
    private String roleName;
    private final Map<String, Tag> tagsByLowerKey = new LinkedHashMap<>();
    private final Map<String, Integer> inlinePolicySizes = new HashMap<>();
    private String permissionsBoundaryArn;
    private String awsServiceName;
    private Map<String, String> trustPrincipalIds = Map.of();
    private final Set<String> managedPolicyArns = new LinkedHashSet<>();

    protected Role() {
        // for Axon
    }

    @CommandHandler
    public Role(CreateRole command) {
        PolicyDocuments.validate(command.assumeRolePolicyDocument(), PolicyType.TRUST, PolicyType.TRUST.defaultMaxSize());
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(Set.of(), command.tags(), "TagsPerRole");
        apply(new RoleCreated(command.accountId(), command.roleId(), command.roleName(), command.path(),
                command.assumeRolePolicyDocument(), command.description(), command.maxSessionDuration(),
                command.permissionsBoundaryArn(), List.copyOf(command.tags()), command.createdAt()));
        if (!command.trustPrincipalIds().isEmpty()) {
            apply(new RoleTrustPrincipalsBound(command.accountId(), command.roleId(), Map.copyOf(command.trustPrincipalIds())));
        }
    }

    @CommandHandler
    public Role(CreateServiceLinkedRole command) {
        PolicyDocuments.validate(command.assumeRolePolicyDocument(), PolicyType.TRUST, PolicyType.TRUST.defaultMaxSize());
        apply(new RoleCreated(command.accountId(), command.roleId(), command.roleName(), command.path(),
                command.assumeRolePolicyDocument(), command.description(), 3600, null, List.of(), command.createdAt()));
        apply(new ServiceLinkedRoleCreated(command.accountId(), command.roleId(), command.awsServiceName()));
    }

    @CommandHandler
    void handle(DeleteServiceLinkedRole command) {
        if (awsServiceName == null) {
            throw new AwsErrorException("InvalidInput", 400, "Role " + roleName + " is not a service-linked role.");
        }
        apply(new ServiceLinkedRoleDeletionCompleted(accountId, roleId, command.deletionTaskId()));
        apply(new RoleDeleted(accountId, roleId, roleName));
    }

    @CommandHandler
    void handle(ChangeRoleDescription command) {
        apply(new RoleDescriptionChanged(accountId, roleId, command.description()));
    }

    @CommandHandler
    void handle(ChangeRoleMaxSessionDuration command) {
        requireModifiable();
        apply(new RoleMaxSessionDurationChanged(accountId, roleId, command.maxSessionDuration()));
    }

    @CommandHandler
    void handle(ChangeRoleTrustPolicy command) {
        requireModifiable();
        PolicyDocuments.validate(command.assumeRolePolicyDocument(), PolicyType.TRUST, PolicyType.TRUST.defaultMaxSize());
        apply(new RoleTrustPolicyChanged(accountId, roleId, command.assumeRolePolicyDocument()));
        if (!command.trustPrincipalIds().equals(trustPrincipalIds)) {
            apply(new RoleTrustPrincipalsBound(accountId, roleId, Map.copyOf(command.trustPrincipalIds())));
        }
    }

    @CommandHandler
    void handle(TagRole command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(tagsByLowerKey.keySet(), command.tags(), "TagsPerRole");
        apply(new RoleTagged(accountId, roleId, List.copyOf(command.tags())));
    }

    @CommandHandler
    void handle(UntagRole command) {
        apply(new RoleUntagged(accountId, roleId, List.copyOf(command.tagKeys())));
    }

    @CommandHandler
    void handle(SetRolePermissionsBoundary command) {
        requireModifiable();
        apply(new RolePermissionsBoundarySet(accountId, roleId, command.permissionsBoundaryArn()));
    }

    @CommandHandler
    void handle(RemoveRolePermissionsBoundary command) {
        requireModifiable();
        if (permissionsBoundaryArn != null) {
            apply(new RolePermissionsBoundaryRemoved(accountId, roleId));
        }
    }

    @CommandHandler
    void handle(PutRoleInlinePolicy command) {
        requireModifiable();
        int size = PolicyDocuments.validate(command.policyDocument(), PolicyType.IDENTITY, MAX_INLINE_POLICY_SIZE);
        PolicyDocuments.requireInlineQuota(inlinePolicySizes, command.policyName(), size, MAX_INLINE_POLICY_SIZE,
                "role", roleName); // IAM-5: the sum of the role's inline policies
        apply(new RoleInlinePolicyPut(accountId, roleId, command.policyName(), command.policyDocument()));
    }

    @CommandHandler
    void handle(DeleteRoleInlinePolicy command) {
        requireModifiable();
        if (!inlinePolicySizes.containsKey(command.policyName())) {
            throw new AwsErrorException("NoSuchEntity", 404, "The role policy with name " + command.policyName()
                    + " cannot be found.");
        }
        apply(new RoleInlinePolicyDeleted(accountId, roleId, command.policyName()));
    }

    @CommandHandler
    void handle(AttachRoleManagedPolicy command) {
        requireModifiable();
        if (managedPolicyArns.contains(command.policyArn())) {
            return; // attaching again changes nothing, as in AWS
        }
        if (managedPolicyArns.size() >= MAX_MANAGED_POLICIES) { // IAM-5
            throw new AwsErrorException("LimitExceeded", 409,
                    "Cannot exceed quota for PoliciesPerRole: " + MAX_MANAGED_POLICIES + ".");
        }
        apply(new RoleManagedPolicyAttached(accountId, roleId, command.policyArn()));
    }

    @CommandHandler
    void handle(DetachRoleManagedPolicy command) {
        requireModifiable();
        if (!managedPolicyArns.contains(command.policyArn())) {
            throw new AwsErrorException("NoSuchEntity", 404,
                    "Policy " + command.policyArn() + " is not attached to role " + roleName + ".");
        }
        apply(new RoleManagedPolicyDetached(accountId, roleId, command.policyArn()));
    }

    @CommandHandler
    void handle(DeleteRole command) {
        requireModifiable();
        if (!inlinePolicySizes.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must delete policies first.");
        }
        if (!managedPolicyArns.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must detach all policies first.");
        }
        apply(new RoleDeleted(accountId, roleId, roleName));
    }

    @EventSourcingHandler
    void on(RoleTrustPrincipalsBound event) {
        trustPrincipalIds = event.principalIds();
    }

    @EventSourcingHandler
    void on(ServiceLinkedRoleCreated event) {
        awsServiceName = event.awsServiceName();
    }

    @EventSourcingHandler
    void on(RoleCreated event) {
        roleId = event.roleId();
        accountId = event.accountId();
        roleName = event.roleName();
        permissionsBoundaryArn = event.permissionsBoundaryArn();
        event.tags().forEach(tag -> tagsByLowerKey.put(TagRules.key(tag.key()), tag));
    }

    @EventSourcingHandler
    void on(RoleTagged event) {
        event.tags().forEach(tag -> tagsByLowerKey.put(TagRules.key(tag.key()), tag));
    }

    @EventSourcingHandler
    void on(RoleUntagged event) {
        event.tagKeys().forEach(key -> tagsByLowerKey.remove(TagRules.key(key)));
    }

    @EventSourcingHandler
    void on(RolePermissionsBoundarySet event) {
        permissionsBoundaryArn = event.permissionsBoundaryArn();
    }

    @EventSourcingHandler
    void on(RolePermissionsBoundaryRemoved event) {
        permissionsBoundaryArn = null;
    }

    @EventSourcingHandler
    void on(RoleInlinePolicyPut event) {
        inlinePolicySizes.put(event.policyName(), PolicyParser.countedSize(event.policyDocument()));
    }

    @EventSourcingHandler
    void on(RoleInlinePolicyDeleted event) {
        inlinePolicySizes.remove(event.policyName());
    }

    @EventSourcingHandler
    void on(RoleManagedPolicyAttached event) {
        managedPolicyArns.add(event.policyArn());
    }

    @EventSourcingHandler
    void on(RoleManagedPolicyDetached event) {
        managedPolicyArns.remove(event.policyArn());
    }

    @EventSourcingHandler
    void on(RoleDeleted event) {
        AggregateLifecycle.markDeleted();
    }

    /** IAM-6: a service-linked role's trust and permissions belong to its service. */
    private void requireModifiable() {
        if (awsServiceName != null) {
            throw new AwsErrorException("UnmodifiableEntity", 400, "Cannot perform the operation on the protected role '"
                    + roleName + "' - this role is only modifiable by AWS");
        }
    }

}
