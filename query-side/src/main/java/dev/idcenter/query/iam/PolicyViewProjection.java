package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.policy.DefaultPolicyVersionSet;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.events.iam.policy.ManagedPolicyDeleted;
import dev.idcenter.events.iam.policy.ManagedPolicyTagged;
import dev.idcenter.events.iam.policy.ManagedPolicyUntagged;
import dev.idcenter.events.iam.policy.PolicyVersionCreated;
import dev.idcenter.events.iam.policy.PolicyVersionDeleted;
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
 * Customer managed policies and their versions for IAM's Get/List operations; idempotent by the policy's aggregate
 * sequence number, as {@link RoleViewProjection}.
 */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class PolicyViewProjection {

    private final JdbcClient jdbc;
    private final ViewTags viewTags;

    public PolicyViewProjection(JdbcClient jdbc, ObjectMapper json, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
        this.viewTags = new ViewTags(json);
    }

    @EventHandler
    void on(ManagedPolicyCreated e, @SequenceNumber long sequence) {
        int inserted = jdbc.sql("""
                        insert into query.iam_policy (policy_id, account_id, policy_name, policy_name_lower, path, arn,
                               description, default_version_id, create_date, update_date, tags, version)
                        values (?, ?, ?, ?, ?, ?, ?, 'v1', ?, ?, cast(? as jsonb), ?)
                        on conflict (policy_id) do nothing""")
                .params(e.policyId(), e.accountId(), e.policyName(), e.policyName().toLowerCase(Locale.ROOT), e.path(),
                        PolicyArns.arn(e.accountId(), e.path(), e.policyName()),
                        e.description() == null || e.description().isEmpty() ? null : e.description(),
                        Timestamp.from(e.createdAt()), Timestamp.from(e.createdAt()), viewTags.write(e.tags()), sequence)
                .update();
        if (inserted == 1) {
            insertVersion(e.policyId(), "v1", e.policyDocument(), e.createdAt());
        }
    }

    @EventHandler
    void on(PolicyVersionCreated e, @SequenceNumber long sequence) {
        if (advance(e.policyId(), sequence)) {
            insertVersion(e.policyId(), e.versionId(), e.policyDocument(), e.createdAt());
            set(e.policyId(), "update_date", Timestamp.from(e.createdAt()));
            if (e.asDefault()) {
                set(e.policyId(), "default_version_id", e.versionId());
            }
        }
    }

    @EventHandler
    void on(PolicyVersionDeleted e, @SequenceNumber long sequence) {
        if (advance(e.policyId(), sequence)) {
            jdbc.sql("delete from query.iam_policy_version where policy_id = ? and version_id = ?")
                    .params(e.policyId(), e.versionId()).update();
        }
    }

    @EventHandler
    void on(DefaultPolicyVersionSet e, @SequenceNumber long sequence) {
        if (advance(e.policyId(), sequence)) {
            set(e.policyId(), "default_version_id", e.versionId());
        }
    }

    @EventHandler
    void on(ManagedPolicyTagged e, @SequenceNumber long sequence) {
        if (advance(e.policyId(), sequence)) {
            writeTags(e.policyId(), ViewTags.tagged(tags(e.policyId()), e.tags()));
        }
    }

    @EventHandler
    void on(ManagedPolicyUntagged e, @SequenceNumber long sequence) {
        if (advance(e.policyId(), sequence)) {
            writeTags(e.policyId(), ViewTags.untagged(tags(e.policyId()), e.tagKeys()));
        }
    }

    @EventHandler
    void on(ManagedPolicyDeleted e, @SequenceNumber long sequence) {
        if (advance(e.policyId(), sequence)) {
            jdbc.sql("delete from query.iam_policy_version where policy_id = ?").param(e.policyId()).update();
            set(e.policyId(), "deleted", true);
        }
    }

    private void insertVersion(String policyId, String versionId, String document, java.time.Instant at) {
        jdbc.sql("""
                        insert into query.iam_policy_version (policy_id, version_id, version_no, document, create_date)
                        values (?, ?, ?, ?, ?) on conflict (policy_id, version_id) do nothing""")
                .params(policyId, versionId, Integer.parseInt(versionId.substring(1)), document, Timestamp.from(at))
                .update();
    }

    private boolean advance(String policyId, long sequence) {
        return jdbc.sql("update query.iam_policy set version = ? where policy_id = ? and version < ?")
                .params(sequence, policyId, sequence).update() == 1;
    }

    private void set(String policyId, String column, Object value) {
        jdbc.sql("update query.iam_policy set " + column + " = ? where policy_id = ?").params(value, policyId).update();
    }

    private List<Tag> tags(String policyId) {
        return viewTags.read(jdbc.sql("select tags::text from query.iam_policy where policy_id = ?").param(policyId)
                .query(String.class).single());
    }

    private void writeTags(String policyId, List<Tag> tags) {
        jdbc.sql("update query.iam_policy set tags = cast(? as jsonb) where policy_id = ?").params(viewTags.write(tags), policyId).update();
    }

}
