package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyDeleted;
import dev.idcenter.events.iam.group.GroupInlinePolicyPut;
import dev.idcenter.events.iam.group.GroupUpdated;
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
import dev.idcenter.events.iam.user.UserAccessKeyCreated;
import dev.idcenter.events.iam.user.UserAccessKeyDeleted;
import dev.idcenter.events.iam.user.UserAccessKeyStatusChanged;
import dev.idcenter.events.iam.group.GroupManagedPolicyAttached;
import dev.idcenter.events.iam.group.GroupManagedPolicyDetached;
import dev.idcenter.events.iam.user.UserManagedPolicyAttached;
import dev.idcenter.events.iam.user.UserManagedPolicyDetached;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

/**
 * Users, groups and memberships for IAM's Get/List operations, in the {@code iam-views} group. Like the role view,
 * each handler first advances its aggregate's version to the event's sequence number and skips events already applied.
 */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class UserGroupViewProjection {

    private final JdbcClient jdbc;
    private final ViewTags viewTags;

    public UserGroupViewProjection(JdbcClient jdbc, ObjectMapper json, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
        this.viewTags = new ViewTags(json);
    }

    // ---- users

    @EventHandler
    void on(UserCreated e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        insert into query.iam_user (user_id, account_id, user_name, user_name_lower, path, create_date,
                               permissions_boundary_arn, tags, version)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (user_id) do nothing""")
                .params(e.userId(), e.accountId(), e.userName(), e.userName().toLowerCase(Locale.ROOT), e.path(),
                        Timestamp.from(e.createdAt()), e.permissionsBoundaryArn(), viewTags.write(e.tags()), sequence)
                .update();
    }

    @EventHandler
    void on(UserUpdated e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("update query.iam_user set user_name = ?, user_name_lower = ?, path = ? where user_id = ?")
                    .params(e.userName(), e.userName().toLowerCase(Locale.ROOT), e.path(), e.userId()).update();
        }
    }

    @EventHandler
    void on(UserPermissionsBoundarySet e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("update query.iam_user set permissions_boundary_arn = ? where user_id = ?")
                    .params(e.permissionsBoundaryArn(), e.userId()).update();
        }
    }

    @EventHandler
    void on(UserPermissionsBoundaryRemoved e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("update query.iam_user set permissions_boundary_arn = null where user_id = ?")
                    .params(e.userId()).update();
        }
    }

    @EventHandler
    void on(UserTagged e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            writeTags(e.userId(), ViewTags.tagged(tags(e.userId()), e.tags()));
        }
    }

    @EventHandler
    void on(UserUntagged e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            writeTags(e.userId(), ViewTags.untagged(tags(e.userId()), e.tagKeys()));
        }
    }

    @EventHandler
    void on(UserInlinePolicyPut e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("""
                            insert into query.iam_user_policy (user_id, policy_name, policy_document) values (?, ?, ?)
                            on conflict (user_id, policy_name) do update set policy_document = excluded.policy_document""")
                    .params(e.userId(), e.policyName(), e.policyDocument())
                    .update();
        }
    }

    @EventHandler
    void on(UserInlinePolicyDeleted e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("delete from query.iam_user_policy where user_id = ? and policy_name = ?")
                    .params(e.userId(), e.policyName()).update();
        }
    }

    @EventHandler
    void on(UserAddedToGroup e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("insert into query.iam_group_member (group_id, user_id) values (?, ?) on conflict do nothing")
                    .params(e.groupId(), e.userId()).update();
        }
    }

    @EventHandler
    void on(UserRemovedFromGroup e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("delete from query.iam_group_member where group_id = ? and user_id = ?")
                    .params(e.groupId(), e.userId()).update();
        }
    }

    // Access key events only move the user's version (keys are listed from the command side's key directory).

    @EventHandler
    void on(UserAccessKeyCreated e, @SequenceNumber long sequence) {
        advance("iam_user", "user_id", e.userId(), sequence);
    }

    @EventHandler
    void on(UserAccessKeyStatusChanged e, @SequenceNumber long sequence) {
        advance("iam_user", "user_id", e.userId(), sequence);
    }

    @EventHandler
    void on(UserAccessKeyDeleted e, @SequenceNumber long sequence) {
        advance("iam_user", "user_id", e.userId(), sequence);
    }

    @EventHandler
    void on(UserDeleted e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            jdbc.sql("delete from query.iam_user_policy where user_id = ?").param(e.userId()).update();
            jdbc.sql("delete from query.iam_group_member where user_id = ?").param(e.userId()).update();
            jdbc.sql("update query.iam_user set deleted = true where user_id = ?").param(e.userId()).update();
        }
    }

    // ---- groups

    @EventHandler
    void on(GroupCreated e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        insert into query.iam_group (group_id, account_id, group_name, group_name_lower, path,
                               create_date, version)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (group_id) do nothing""")
                .params(e.groupId(), e.accountId(), e.groupName(), e.groupName().toLowerCase(Locale.ROOT), e.path(),
                        Timestamp.from(e.createdAt()), sequence)
                .update();
    }

    @EventHandler
    void on(GroupUpdated e, @SequenceNumber long sequence) {
        if (advance("iam_group", "group_id", e.groupId(), sequence)) {
            jdbc.sql("update query.iam_group set group_name = ?, group_name_lower = ?, path = ? where group_id = ?")
                    .params(e.groupName(), e.groupName().toLowerCase(Locale.ROOT), e.path(), e.groupId()).update();
        }
    }

    @EventHandler
    void on(GroupInlinePolicyPut e, @SequenceNumber long sequence) {
        if (advance("iam_group", "group_id", e.groupId(), sequence)) {
            jdbc.sql("""
                            insert into query.iam_group_policy (group_id, policy_name, policy_document) values (?, ?, ?)
                            on conflict (group_id, policy_name) do update set policy_document = excluded.policy_document""")
                    .params(e.groupId(), e.policyName(), e.policyDocument())
                    .update();
        }
    }

    @EventHandler
    void on(GroupInlinePolicyDeleted e, @SequenceNumber long sequence) {
        if (advance("iam_group", "group_id", e.groupId(), sequence)) {
            jdbc.sql("delete from query.iam_group_policy where group_id = ? and policy_name = ?")
                    .params(e.groupId(), e.policyName()).update();
        }
    }

    @EventHandler
    void on(GroupDeleted e, @SequenceNumber long sequence) {
        if (advance("iam_group", "group_id", e.groupId(), sequence)) {
            jdbc.sql("delete from query.iam_group_policy where group_id = ?").param(e.groupId()).update();
            jdbc.sql("update query.iam_group set deleted = true where group_id = ?").param(e.groupId()).update();
        }
    }

    @EventHandler
    void on(UserManagedPolicyAttached e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            attach(e.accountId(), e.policyArn(), "user", e.userId());
        }
    }

    @EventHandler
    void on(UserManagedPolicyDetached e, @SequenceNumber long sequence) {
        if (advance("iam_user", "user_id", e.userId(), sequence)) {
            detach(e.policyArn(), "user", e.userId());
        }
    }

    @EventHandler
    void on(GroupManagedPolicyAttached e, @SequenceNumber long sequence) {
        if (advance("iam_group", "group_id", e.groupId(), sequence)) {
            attach(e.accountId(), e.policyArn(), "group", e.groupId());
        }
    }

    @EventHandler
    void on(GroupManagedPolicyDetached e, @SequenceNumber long sequence) {
        if (advance("iam_group", "group_id", e.groupId(), sequence)) {
            detach(e.policyArn(), "group", e.groupId());
        }
    }

    private void attach(String accountId, String policyArn, String entityType, String entityId) {
        jdbc.sql("""
                        insert into query.iam_policy_attachment (account_id, policy_arn, policy_name, policy_path,
                               entity_type, entity_id)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(accountId, policyArn, PolicyArns.name(policyArn), PolicyArns.path(policyArn), entityType, entityId)
                .update();
    }

    private void detach(String policyArn, String entityType, String entityId) {
        jdbc.sql("delete from query.iam_policy_attachment where entity_type = ? and entity_id = ? and policy_arn = ?")
                .params(entityType, entityId, policyArn).update();
    }

    private boolean advance(String table, String idColumn, String id, long sequence) {
        return jdbc.sql("update query." + table + " set version = ? where " + idColumn + " = ? and version < ?")
                .params(sequence, id, sequence).update() == 1;
    }

    private List<Tag> tags(String userId) {
        return viewTags.read(jdbc.sql("select tags::text from query.iam_user where user_id = ?").param(userId)
                .query(String.class).single());
    }

    private void writeTags(String userId, List<Tag> tags) {
        jdbc.sql("update query.iam_user set tags = cast(? as jsonb) where user_id = ?").params(viewTags.write(tags), userId).update();
    }

}
