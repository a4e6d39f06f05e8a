package dev.idcenter.command.iam.group;

import dev.idcenter.command.iam.PolicyDocuments;
import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyPut;
import dev.idcenter.events.iam.group.GroupUpdated;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.events.iam.group.GroupManagedPolicyAttached;
import dev.idcenter.events.iam.group.GroupManagedPolicyDetached;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An IAM group (IAM-3) and its inline policies. Memberships are events of the users (a user's group quota is the
 * user's rule); the command side's membership directory tells the handler whether members remain.
 */
@Aggregate
public class Group {

    static final int MAX_MANAGED_POLICIES = 10;
    static final int MAX_INLINE_POLICY_SIZE = 5120;

    @AggregateIdentifier
    private String groupId;
    private final Set<String> managedPolicyArns = new LinkedHashSet<>();
    private String accountId;
    private String groupName;
    private String path;
    private final Map<String, Integer> inlinePolicySizes = new HashMap<>();

    protected Group() {
        // for Axon
    }

    @CommandHandler
    public Group(CreateGroup command) {
        apply(new GroupCreated(command.accountId(), command.groupId(), command.groupName(), command.path(),
                command.createdAt()));
    }

    @CommandHandler
    void handle(UpdateGroup command) {
        String newName = command.newGroupName() == null ? groupName : command.newGroupName();
        String newPath = command.newPath() == null ? path : command.newPath();
        if (!newName.equals(groupName) || !newPath.equals(path)) {
            apply(new GroupUpdated(accountId, groupId, groupName, newName, newPath));
        }
    }

    @CommandHandler
    void handle(PutGroupInlinePolicy command) {
        int size = PolicyDocuments.validate(command.policyDocument(), PolicyType.IDENTITY, MAX_INLINE_POLICY_SIZE);
        PolicyDocuments.requireInlineQuota(inlinePolicySizes, command.policyName(), size, MAX_INLINE_POLICY_SIZE,
                "group", groupName); // IAM-5: the sum of the group's inline policies
        apply(new GroupInlinePolicyPut(accountId, groupId, command.policyName(), command.policyDocument()));
    }

    @CommandHandler
    void handle(DeleteGroupInlinePolicy command) {
        if (!inlinePolicySizes.containsKey(command.policyName())) {
            throw new AwsErrorException("NoSuchEntity", 404, "The group policy with name " + command.policyName()
                    + " cannot be found.");
        }
        apply(new GroupInlinePolicyDeleted(accountId, groupId, command.policyName()));
    }

    @CommandHandler
    void handle(AttachGroupManagedPolicy command) {
        if (managedPolicyArns.contains(command.policyArn())) {
            return; // attaching again changes nothing, as in AWS
        }
        if (managedPolicyArns.size() >= MAX_MANAGED_POLICIES) { // IAM-5
            throw new AwsErrorException("LimitExceeded", 409,
                    "Cannot exceed quota for PoliciesPerGroup: " + MAX_MANAGED_POLICIES + ".");
        }
        apply(new GroupManagedPolicyAttached(accountId, groupId, command.policyArn()));
    }

    @CommandHandler
    void handle(DetachGroupManagedPolicy command) {
        if (!managedPolicyArns.contains(command.policyArn())) {
            throw new AwsErrorException("NoSuchEntity", 404,
                    "Policy " + command.policyArn() + " is not attached to group " + groupName + ".");
        }
        apply(new GroupManagedPolicyDetached(accountId, groupId, command.policyArn()));
    }

    @EventSourcingHandler
    void on(GroupManagedPolicyAttached event) {
        managedPolicyArns.add(event.policyArn());
    }

    @EventSourcingHandler
    void on(GroupManagedPolicyDetached event) {
        managedPolicyArns.remove(event.policyArn());
    }

    @CommandHandler
    void handle(DeleteGroup command) {
        if (!managedPolicyArns.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must detach all policies first.");
        }
        if (command.hasMembers()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must remove users from group first.");
        }
        if (!inlinePolicySizes.isEmpty()) {
            throw new AwsErrorException("DeleteConflict", 409, "Cannot delete entity, must delete policies first.");
        }
        apply(new GroupDeleted(accountId, groupId, groupName));
    }

    @EventSourcingHandler
    void on(GroupCreated event) {
        groupId = event.groupId();
        accountId = event.accountId();
        groupName = event.groupName();
        path = event.path();
    }

    @EventSourcingHandler
    void on(GroupUpdated event) {
        groupName = event.groupName();
        path = event.path();
    }

    @EventSourcingHandler
    void on(GroupInlinePolicyPut event) {
        inlinePolicySizes.put(event.policyName(), PolicyParser.countedSize(event.policyDocument()));
    }

    @EventSourcingHandler
    void on(GroupInlinePolicyDeleted event) {
        inlinePolicySizes.remove(event.policyName());
    }

    @EventSourcingHandler
    void on(GroupDeleted event) {
        AggregateLifecycle.markDeleted();
    }
}
