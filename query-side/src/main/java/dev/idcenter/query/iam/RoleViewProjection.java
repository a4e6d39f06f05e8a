package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.idcenter.events.iam.role.RoleUntagged;
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
 * Roles for IAM's Get/List operations. Each handler first advances the role's version to the event's sequence
 * number; when the version is already there the event was applied before and is skipped, so redelivery and replay
 * never apply a change twice.
 */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class RoleViewProjection {

    public static final String PROCESSING_GROUP = "iam-views";
    private final JdbcClient jdbc;
    private final ViewTags viewTags;

    public RoleViewProjection(JdbcClient jdbc, ObjectMapper json, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
        this.viewTags = new ViewTags(json);
    }

    @EventHandler
    void on(RoleCreated e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        insert into query.iam_role (role_id, account_id, role_name, role_name_lower, path, arn,
                               create_date, assume_role_policy, description, max_session_duration,
                               permissions_boundary_arn, tags, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (role_id) do nothing""")
                .params(e.roleId(), e.accountId(), e.roleName(), e.roleName().toLowerCase(Locale.ROOT), e.path(),
                        RoleArns.arn(e.accountId(), e.path(), e.roleName()), Timestamp.from(e.createdAt()),
                        e.assumeRolePolicyDocument(), e.description(), e.maxSessionDuration(),
                        e.permissionsBoundaryArn(), viewTags.write(e.tags()), sequence)
                .update();
    }

    @EventHandler
    void on(RoleDescriptionChanged e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            set(e.roleId(), "description", e.description() == null || e.description().isEmpty() ? null : e.description());
        }
    }

    @EventHandler
    void on(RoleMaxSessionDurationChanged e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            set(e.roleId(), "max_session_duration", e.maxSessionDuration());
        }
    }

    @EventHandler
    void on(RoleTrustPolicyChanged e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            set(e.roleId(), "assume_role_policy", e.assumeRolePolicyDocument());
        }
    }

    @EventHandler
    void on(RolePermissionsBoundarySet e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            set(e.roleId(), "permissions_boundary_arn", e.permissionsBoundaryArn());
        }
    }

    @EventHandler
    void on(RolePermissionsBoundaryRemoved e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            set(e.roleId(), "permissions_boundary_arn", null);
        }
    }

    @EventHandler
    void on(RoleTagged e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            writeTags(e.roleId(), ViewTags.tagged(tags(e.roleId()), e.tags()));
        }
    }

    @EventHandler
    void on(RoleUntagged e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            writeTags(e.roleId(), ViewTags.untagged(tags(e.roleId()), e.tagKeys()));
        }
    }

    @EventHandler
    void on(RoleInlinePolicyPut e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            jdbc.sql("""
                            insert into query.iam_role_policy (role_id, policy_name, policy_document) values (?, ?, ?)
                            on conflict (role_id, policy_name) do update set policy_document = excluded.policy_document""")
                    .params(e.roleId(), e.policyName(), e.policyDocument())
                    .update();
        }
    }

    @EventHandler
    void on(RoleInlinePolicyDeleted e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            jdbc.sql("delete from query.iam_role_policy where role_id = ? and policy_name = ?")
                    .params(e.roleId(), e.policyName()).update();
        }
    }

    @EventHandler
    void on(RoleManagedPolicyAttached e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            jdbc.sql("""
                            insert into query.iam_policy_attachment (account_id, policy_arn, policy_name, policy_path,
                                   entity_type, entity_id)
                            values (?, ?, ?, ?, 'role', ?) on conflict do nothing""")
                    .params(e.accountId(), e.policyArn(), PolicyArns.name(e.policyArn()), PolicyArns.path(e.policyArn()),
                            e.roleId())
                    .update();
        }
    }

    @EventHandler
    void on(RoleManagedPolicyDetached e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            jdbc.sql("delete from query.iam_policy_attachment where entity_type = 'role' and entity_id = ? and policy_arn = ?")
                    .params(e.roleId(), e.policyArn()).update();
        }
    }

    @EventHandler
    void on(RoleDeleted e, @SequenceNumber long sequence) {
        if (advance(e.roleId(), sequence)) {
            jdbc.sql("delete from query.iam_role_policy where role_id = ?").param(e.roleId()).update();
            set(e.roleId(), "deleted", true);
        }
    }

    private boolean advance(String roleId, long sequence) {
        return jdbc.sql("update query.iam_role set version = ? where role_id = ? and version < ?")
                .params(sequence, roleId, sequence).update() == 1;
    }

    private void set(String roleId, String column, Object value) {
        jdbc.sql("update query.iam_role set " + column + " = ? where role_id = ?").params(value, roleId).update();
    }

    private List<Tag> tags(String roleId) {
        return viewTags.read(jdbc.sql("select tags::text from query.iam_role where role_id = ?").param(roleId)
                .query(String.class).single());
    }

    private void writeTags(String roleId, List<Tag> tags) {
        jdbc.sql("update query.iam_role set tags = cast(? as jsonb) where role_id = ?").params(viewTags.write(tags), roleId).update();
    }

}
