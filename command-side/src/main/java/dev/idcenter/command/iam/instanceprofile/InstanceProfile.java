package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.TagRules;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileCreated;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileDeleted;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileTagged;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileUntagged;
import dev.idcenter.events.iam.instanceprofile.RoleAddedToInstanceProfile;
import dev.idcenter.events.iam.instanceprofile.RoleRemovedFromInstanceProfile;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An instance profile: a container of at most one role, handed to a workload (IAM-6). */
@Aggregate
public class InstanceProfile {

    @AggregateIdentifier
    private String instanceProfileId;
    private String accountId;
    private String name;
    private String roleId;
    private final Set<String> tagKeys = new HashSet<>();

    protected InstanceProfile() {
        // for Axon
    }

    @CommandHandler
    public InstanceProfile(CreateInstanceProfile command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(Set.of(), command.tags(), "TagsPerInstanceProfile");
        apply(new InstanceProfileCreated(command.accountId(), command.instanceProfileId(), command.instanceProfileName(),
                command.path(), List.copyOf(command.tags()), command.createdAt()));
    }

    @CommandHandler
    void handle(AddRoleToInstanceProfile command) {
        if (command.roleId().equals(roleId)) {
            throw new AwsErrorException("EntityAlreadyExists", 409, "Role " + command.roleName()
                    + " is already in instance profile " + name + ".");
        }
        if (roleId != null) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
        }
        apply(new RoleAddedToInstanceProfile(accountId, instanceProfileId, command.roleId(), command.roleName()));
    }

    @CommandHandler
    void handle(RemoveRoleFromInstanceProfile command) {
        if (!command.roleId().equals(roleId)) {
            throw new AwsErrorException("NoSuchEntity", 404, "Cannot find Role " + command.roleName()
                    + " in InstanceProfile " + name + ".");
        }
        apply(new RoleRemovedFromInstanceProfile(accountId, instanceProfileId, command.roleId()));
    }

    @CommandHandler
    void handle(TagInstanceProfile command) {
        TagRules.requireDistinctKeys(command.tags());
        TagRules.requireWithinQuota(tagKeys, command.tags(), "TagsPerInstanceProfile");
        apply(new InstanceProfileTagged(accountId, instanceProfileId, List.copyOf(command.tags())));
    }

    @CommandHandler
    void handle(UntagInstanceProfile command) {
        apply(new InstanceProfileUntagged(accountId, instanceProfileId, List.copyOf(command.tagKeys())));
    }

    @CommandHandler
    void handle(DeleteInstanceProfile command) {
        if (roleId != null) {
            throw new AwsErrorException("DeleteConflict", 409,
                    "Cannot delete entity, must remove roles from instance profile first.");
        }
        apply(new InstanceProfileDeleted(accountId, instanceProfileId, name));
    }

    @EventSourcingHandler
    void on(InstanceProfileCreated event) {
        instanceProfileId = event.instanceProfileId();
        accountId = event.accountId();
        name = event.instanceProfileName();
        event.tags().forEach(tag -> tagKeys.add(TagRules.key(tag.key())));
    }

    @EventSourcingHandler
    void on(RoleAddedToInstanceProfile event) {
        roleId = event.roleId();
    }

    @EventSourcingHandler
    void on(RoleRemovedFromInstanceProfile event) {
        roleId = null;
    }

    @EventSourcingHandler
    void on(InstanceProfileTagged event) {
        event.tags().forEach(tag -> tagKeys.add(TagRules.key(tag.key())));
    }

    @EventSourcingHandler
    void on(InstanceProfileUntagged event) {
        event.tagKeys().forEach(key -> tagKeys.remove(TagRules.key(key)));
    }

    @EventSourcingHandler
    void on(InstanceProfileDeleted event) {
        AggregateLifecycle.markDeleted();
    }
}
