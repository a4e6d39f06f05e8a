package dev.idcenter.command.iam.user;

import dev.idcenter.command.iam.PolicyDocuments;
import dev.idcenter.command.iam.TagRules;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.user.UserAccessKeyCreated;
import dev.idcenter.events.iam.user.UserAccessKeyDeleted;
import dev.idcenter.events.iam.user.UserAccessKeyStatusChanged;
import dev.idcenter.events.iam.user.UserAddedToGroup;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserDeleted;
import dev.idcenter.events.iam.user.UserInlinePolicyDeleted;
import dev.idcenter.events.iam.user.UserInlinePolicyPut;
import dev.idcenter.events.iam.user.UserPermissionsBoundaryRemoved;
import dev.idcenter.events.iam.user.UserPermissionsBoundarySet;
import dev.idcenter.events.iam.user.UserRemovedFromGroup;
import dev.idcenter.events.iam.user.UserTagged;
import dev.idcenter.events.iam.user.UserUntagged;
import dev.idcenter.events.iam.user.UserUpdated;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.events.iam.user.UserManagedPolicyAttached;
import dev.idcenter.events.iam.user.UserManagedPolicyDetached;
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
 * An IAM user (IAM-3): name and path, tags, boundary, inline policies, group memberships and access keys. Memberships
 * and keys live here because the rules that bind them are the user's own (at most 10 groups, at most 2 keys, no
 * deletion while any remain); name uniqueness per account lives in the command side's directory.
 */
@Aggregate
public class User {

    static final int MAX_MANAGED_POLICIES = 10;
    static final int MAX_INLINE_POLICY_SIZE = 2048;
    static final int MAX_GROUPS = 10;
    static final int MAX_ACCESS_KEYS = 2;

    @AggregateIdentifier
    private String userId;
    private final Set<String> managedPolicyArns = new LinkedHashSet<>();
    private String accountId;
    private String userName;
    private String path;
    private final Map<String, Tag> tagsByLowerKey = new LinkedHashMap<>();
    private final Map<String, Integer> inlinePolicySizes = new HashMap<>();
    private final Set<String> groupIds = new LinkedHashSet<>();
    private final Map<String, String> accessKeyStatus = new LinkedHashMap<>();
    private String permissionsBoundaryArn;

    protected User() {
        // for Axon
    }

    @CommandHandler
    public User(CreateUser command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(Set.of(), command.tags(), "TagsPerUser");
        apply(new UserCreated(command.accountId(), command.userId(), command.userName(), command.path(),
                command.permissionsBoundaryArn(), List.copyOf(command.tags()), command.createdAt()));
    }

    @CommandHandler
    void handle(UpdateUser command) {
        String newName = command.newUserName() == null ? userName : command.newUserName();
        String newPath = command.newPath() == null ? path : command.newPath();
        if (!newName.equals(userName) || !newPath.equals(path)) {
            apply(new UserUpdated(accountId, userId, userName, newName, newPath));
        }
    }

    @CommandHandler
    void handle(TagUser command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(tagsByLowerKey.keySet(), command.tags(), "TagsPerUser");
        apply(new UserTagged(accountId, userId, List.copyOf(command.tags())));
    }

    @CommandHandler
    void handle(UntagUser command) {
        apply(new UserUntagged(accountId, userId, List.copyOf(command.tagKeys())));
    }

    @CommandHandler
    void handle(SetUserPermissionsBoundary command) {
        apply(new UserPermissionsBoundarySet(accountId, userId, command.permissionsBoundaryArn()));
    }

    @CommandHandler
    void handle(RemoveUserPermissionsBoundary command) {
        if (permissionsBoundaryArn != null) {
            apply(new UserPermissionsBoundaryRemoved(accountId, userId));
        }
    }

    @CommandHandler
    void handle(PutUserInlinePolicy command) {
        int size = PolicyDocuments.validate(command.policyDocument(), PolicyType.IDENTITY, MAX_INLINE_POLICY_SIZE);
        PolicyDocuments.requireInlineQuota(inlinePolicySizes, command.policyName(), size, MAX_INLINE_POLICY_SIZE,
                "user", userName); // IAM-5: the sum of the user's inline policies
        apply(new UserInlinePolicyPut(accountId, userId, command.policyName(), command.policyDocument()));
    }

    @CommandHandler
    void handle(DeleteUserInlinePolicy command) {
        if (!inlinePolicySizes.containsKey(command.policyName())) {
            throw new AwsErrorException("NoSuchEntity", 404, "The user policy with name " + command.policyName()
                    + " cannot be found.");
        }
        apply(new UserInlinePolicyDeleted(accountId, userId, command.policyName()));
    }

    @CommandHandler
    void handle(AddUserToGroup command) {
        if (groupIds.contains(command.groupId())) {
            return; // AWS answers success when the user already belongs to the group
        }
        if (groupIds.size() >= MAX_GROUPS) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for GroupsPerUser: " + MAX_GROUPS + ".");
        }
        apply(new UserAddedToGroup(accountId, userId, command.groupId()));
    }

    @CommandHandler
    void handle(RemoveUserFromGroup command) {
        if (!groupIds.contains(command.groupId())) {
            throw new AwsErrorException("NoSuchEntity", 404, "The user with name " + userName
                    + " cannot be found in group " + command.groupName() + ".");
        }
        apply(new UserRemovedFromGroup(accountId, userId, command.groupId()));
    }

    @CommandHandler
    void handle(CreateUserAccessKey command) {
        if (accessKeyStatus.size() >= MAX_ACCESS_KEYS) {
            throw new AwsErrorException("LimitExceeded", 409,
                    "Cannot exceed quota for AccessKeysPerUser: " + MAX_ACCESS_KEYS + ".");
        }
        apply(new UserAccessKeyCreated(accountId, userId, arn(), command.accessKeyId(), command.masterKeyId(),
                "Active", command.createdAt()));
    }

    @CommandHandler
    void handle(UpdateUserAccessKeyStatus command) {
        String current = accessKeyStatus.get(command.accessKeyId());
        if (current == null) {
            throw noSuchAccessKey(command.accessKeyId());
        }
        if (!current.equals(command.status())) {
            apply(new UserAccessKeyStatusChanged(accountId, userId, command.accessKeyId(), command.status()));
        }
    }

    @CommandHandler
    void handle(DeleteUserAccessKey command) {
        if (!accessKeyStatus.containsKey(command.accessKeyId())) {
            throw noSuchAccessKey(command.accessKeyId());
        }
        apply(new UserAccessKeyDeleted(accountId, userId, command.accessKeyId()));
    }

    @CommandHandler
    void handle(AttachUserManagedPolicy command) {
        if (managedPolicyArns.contains(command.policyArn())) {
            return; // attaching again changes nothing, as in AWS
        }
        if (managedPolicyArns.size() >= MAX_MANAGED_POLICIES) { // IAM-5
            throw new AwsErrorException("LimitExceeded", 409,
                    "Cannot exceed quota for PoliciesPerUser: " + MAX_MANAGED_POLICIES + ".");
        }
        apply(new UserManagedPolicyAttached(accountId, userId, command.policyArn()));
    }

    @CommandHandler
    void handle(DetachUserManagedPolicy command) {
        if (!managedPolicyArns.contains(command.policyArn())) {
            throw new AwsErrorException("NoSuchEntity", 404,
                    "Policy " + command.policyArn() + " is not attached to user " + userName + ".");
        }
        apply(new UserManagedPolicyDetached(accountId, userId, command.policyArn()));
    }

    @EventSourcingHandler
    void on(UserManagedPolicyAttached event) {
        managedPolicyArns.add(event.policyArn());
    }

    @EventSourcingHandler
    void on(UserManagedPolicyDetached event) {
        managedPolicyArns.remove(event.policyArn());
    }

    @CommandHandler
    void handle(DeleteUser command) {
        if (!managedPolicyArns.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must detach all policies first.");
        }
        if (!accessKeyStatus.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must delete access keys first.");
        }
        if (!inlinePolicySizes.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must delete policies first.");
        }
        if (!groupIds.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409,
                    "Cannot delete entity, must remove user from all groups first.");
        }
        apply(new UserDeleted(accountId, userId, userName));
    }

    @EventSourcingHandler
    void on(UserCreated event) {
        userId = event.userId();
        accountId = event.accountId();
        userName = event.userName();
        path = event.path();
        permissionsBoundaryArn = event.permissionsBoundaryArn();
        event.tags().forEach(tag -> tagsByLowerKey.put(TagRules.key(tag.key()), tag));
    }

    @EventSourcingHandler
    void on(UserUpdated event) {
        userName = event.userName();
        path = event.path();
    }

    @EventSourcingHandler
    void on(UserTagged event) {
        event.tags().forEach(tag -> tagsByLowerKey.put(TagRules.key(tag.key()), tag));
    }

    @EventSourcingHandler
    void on(UserUntagged event) {
        event.tagKeys().forEach(key -> tagsByLowerKey.remove(TagRules.key(key)));
    }

    @EventSourcingHandler
    void on(UserPermissionsBoundarySet event) {
        permissionsBoundaryArn = event.permissionsBoundaryArn();
    }

    @EventSourcingHandler
    void on(UserPermissionsBoundaryRemoved event) {
        permissionsBoundaryArn = null;
    }

    @EventSourcingHandler
    void on(UserInlinePolicyPut event) {
        inlinePolicySizes.put(event.policyName(), PolicyParser.countedSize(event.policyDocument()));
    }

    @EventSourcingHandler
    void on(UserInlinePolicyDeleted event) {
        inlinePolicySizes.remove(event.policyName());
    }

    @EventSourcingHandler
    void on(UserAddedToGroup event) {
        groupIds.add(event.groupId());
    }

    @EventSourcingHandler
    void on(UserRemovedFromGroup event) {
        groupIds.remove(event.groupId());
    }

    @EventSourcingHandler
    void on(UserAccessKeyCreated event) {
        accessKeyStatus.put(event.accessKeyId(), event.status());
    }

    @EventSourcingHandler
    void on(UserAccessKeyStatusChanged event) {
        accessKeyStatus.put(event.accessKeyId(), event.status());
    }

    @EventSourcingHandler
    void on(UserAccessKeyDeleted event) {
        accessKeyStatus.remove(event.accessKeyId());
    }

    @EventSourcingHandler
    void on(UserDeleted event) {
        AggregateLifecycle.markDeleted();
    }

    private String arn() {
        return "arn:aws:iam::" + accountId + ":user" + path + userName;
    }

    private static AwsErrorException noSuchAccessKey(String accessKeyId) {
        return new AwsErrorException("NoSuchEntity", 404, "The Access Key with id " + accessKeyId + " cannot be found.");
    }

}
