package dev.idcenter.command.iam;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.events.iam.policy.ManagedPolicyDeleted;
import dev.idcenter.events.iam.role.RoleManagedPolicyAttached;
import dev.idcenter.events.iam.role.RoleManagedPolicyDetached;
import dev.idcenter.events.iam.group.GroupManagedPolicyAttached;
import dev.idcenter.events.iam.group.GroupManagedPolicyDetached;
import dev.idcenter.events.iam.user.UserManagedPolicyAttached;
import dev.idcenter.events.iam.user.UserManagedPolicyDetached;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import dev.idcenter.events.iam.role.RolePermissionsBoundaryRemoved;
import dev.idcenter.events.iam.role.RolePermissionsBoundarySet;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserDeleted;
import dev.idcenter.events.iam.user.UserPermissionsBoundaryRemoved;
import dev.idcenter.events.iam.user.UserPermissionsBoundarySet;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Claims managed policy names and keeps the policy and attachment directories, in the command's own transaction
 * (subscribing: an error here fails the command). Attachments are events of the entity they are attached to (the
 * entity enforces its own quota); this directory is what the policy side checks: "attached nowhere" before a delete,
 * attachment counts, and that an attached customer policy still exists.
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class PolicyDirectoryProjection {

    private static final String AWS_POLICY_PREFIX = "arn:aws:iam::aws:policy/";
    private final IamNames names;
    private final PolicyDirectory directory;

    public PolicyDirectoryProjection(IamNames names, PolicyDirectory directory) {
        this.names = names;
        this.directory = directory;
    }

    @EventHandler
    void on(ManagedPolicyCreated event) {
        names.claim(event.accountId(), IamNamesProjection.POLICY, event.policyName(), event.policyId());
        directory.register(event.accountId(), event.policyId(),
                "arn:aws:iam::" + event.accountId() + ":policy" + event.path() + event.policyName(), event.policyName());
    }

    @EventHandler
    void on(ManagedPolicyDeleted event) {
        // Delete first: the row lock waits for any attachment in flight, whose row the count then sees (IAM-4).
        directory.unregister(event.policyId()).ifPresent(arn -> {
            if (directory.attachmentCount(event.accountId(), arn) > 0) {
                throw new AwsErrorException("DeleteConflict", 409, "Cannot delete a policy attached to entities.");
            }
        });
        names.release(event.policyId());
    }

    @EventHandler
    void on(RoleManagedPolicyAttached event) {
        requireAttachable(event.accountId(), event.policyArn());
        directory.attach(event.accountId(), event.policyArn(), PolicyDirectory.ROLE, event.roleId());
    }

    @EventHandler
    void on(RoleManagedPolicyDetached event) {
        directory.detach(event.policyArn(), PolicyDirectory.ROLE, event.roleId());
    }

    @EventHandler
    void on(UserManagedPolicyAttached event) {
        requireAttachable(event.accountId(), event.policyArn());
        directory.attach(event.accountId(), event.policyArn(), PolicyDirectory.USER, event.userId());
    }

    @EventHandler
    void on(UserManagedPolicyDetached event) {
        directory.detach(event.policyArn(), PolicyDirectory.USER, event.userId());
    }

    @EventHandler
    void on(GroupManagedPolicyAttached event) {
        requireAttachable(event.accountId(), event.policyArn());
        directory.attach(event.accountId(), event.policyArn(), PolicyDirectory.GROUP, event.groupId());
    }

    @EventHandler
    void on(GroupManagedPolicyDetached event) {
        directory.detach(event.policyArn(), PolicyDirectory.GROUP, event.groupId());
    }

    @EventHandler
    void on(RoleCreated event) {
        useAsBoundary(event.accountId(), PolicyDirectory.ROLE_BOUNDARY, event.roleId(), event.permissionsBoundaryArn());
    }

    @EventHandler
    void on(RolePermissionsBoundarySet event) {
        useAsBoundary(event.accountId(), PolicyDirectory.ROLE_BOUNDARY, event.roleId(), event.permissionsBoundaryArn());
    }

    @EventHandler
    void on(RolePermissionsBoundaryRemoved event) {
        directory.detachAll(PolicyDirectory.ROLE_BOUNDARY, event.roleId());
    }

    @EventHandler
    void on(RoleDeleted event) {
        directory.detachAll(PolicyDirectory.ROLE_BOUNDARY, event.roleId());
    }

    @EventHandler
    void on(UserCreated event) {
        useAsBoundary(event.accountId(), PolicyDirectory.USER_BOUNDARY, event.userId(), event.permissionsBoundaryArn());
    }

    @EventHandler
    void on(UserPermissionsBoundarySet event) {
        useAsBoundary(event.accountId(), PolicyDirectory.USER_BOUNDARY, event.userId(), event.permissionsBoundaryArn());
    }

    @EventHandler
    void on(UserPermissionsBoundaryRemoved event) {
        directory.detachAll(PolicyDirectory.USER_BOUNDARY, event.userId());
    }

    @EventHandler
    void on(UserDeleted event) {
        directory.detachAll(PolicyDirectory.USER_BOUNDARY, event.userId());
    }

    /** A boundary is a use of the policy, under the same row lock as an attachment: DeletePolicy waits and sees it. */
    private void useAsBoundary(String accountId, String entityType, String entityId, String policyArn) {
        directory.detachAll(entityType, entityId);
        if (policyArn != null) {
            requireAttachable(accountId, policyArn);
            directory.attach(accountId, policyArn, entityType, entityId);
        }
    }

    private void requireAttachable(String accountId, String policyArn) {
        if (!policyArn.startsWith(AWS_POLICY_PREFIX) && !directory.lockExisting(accountId, policyArn)) {
            throw new AwsErrorException("NoSuchEntity", 404,
                    "Policy " + policyArn + " does not exist or is not attachable.");
        }
    }
}
