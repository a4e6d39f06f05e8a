package dev.idcenter.query.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileCreated;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileDeleted;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileTagged;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileUntagged;
import dev.idcenter.events.iam.instanceprofile.RoleAddedToInstanceProfile;
import dev.idcenter.events.iam.instanceprofile.RoleRemovedFromInstanceProfile;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;

/** Instance profiles for IAM's Get/List operations; idempotent by aggregate sequence number, like the role views. */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class InstanceProfileViewProjection {

    private final JdbcClient jdbc;
    private final ViewTags tags;

    public InstanceProfileViewProjection(JdbcClient jdbc, ObjectMapper json, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
        this.tags = new ViewTags(json);
    }

    @EventHandler
    void on(InstanceProfileCreated e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        insert into query.iam_instance_profile (instance_profile_id, account_id, instance_profile_name,
                               name_lower, path, arn, create_date, tags, version)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (instance_profile_id) do nothing""")
                .params(e.instanceProfileId(), e.accountId(), e.instanceProfileName(),
                        e.instanceProfileName().toLowerCase(Locale.ROOT), e.path(),
                        "arn:aws:iam::" + e.accountId() + ":instance-profile" + e.path() + e.instanceProfileName(),
                        Timestamp.from(e.createdAt()), tags.write(e.tags()), sequence)
                .update();
    }

    @EventHandler
    void on(RoleAddedToInstanceProfile e, @SequenceNumber long sequence) {
        if (advance(e.instanceProfileId(), sequence)) {
            jdbc.sql("update query.iam_instance_profile set role_id = ?, role_name = ? where instance_profile_id = ?")
                    .params(e.roleId(), e.roleName(), e.instanceProfileId()).update();
        }
    }

    @EventHandler
    void on(RoleRemovedFromInstanceProfile e, @SequenceNumber long sequence) {
        if (advance(e.instanceProfileId(), sequence)) {
            jdbc.sql("update query.iam_instance_profile set role_id = null, role_name = null where instance_profile_id = ?")
                    .param(e.instanceProfileId()).update();
        }
    }

    @EventHandler
    void on(InstanceProfileTagged e, @SequenceNumber long sequence) {
        if (advance(e.instanceProfileId(), sequence)) {
            writeTags(e.instanceProfileId(), ViewTags.tagged(readTags(e.instanceProfileId()), e.tags()));
        }
    }

    @EventHandler
    void on(InstanceProfileUntagged e, @SequenceNumber long sequence) {
        if (advance(e.instanceProfileId(), sequence)) {
            writeTags(e.instanceProfileId(), ViewTags.untagged(readTags(e.instanceProfileId()), e.tagKeys()));
        }
    }

    @EventHandler
    void on(InstanceProfileDeleted e, @SequenceNumber long sequence) {
        if (advance(e.instanceProfileId(), sequence)) {
            jdbc.sql("update query.iam_instance_profile set deleted = true where instance_profile_id = ?")
                    .param(e.instanceProfileId()).update();
        }
    }

    private boolean advance(String id, long sequence) {
        return jdbc.sql("update query.iam_instance_profile set version = ? where instance_profile_id = ? and version < ?")
                .params(sequence, id, sequence).update() == 1;
    }

    private List<Tag> readTags(String id) {
        return tags.read(jdbc.sql("select tags::text from query.iam_instance_profile where instance_profile_id = ?")
                .param(id).query(String.class).single());
    }

    private void writeTags(String id, List<Tag> value) {
        jdbc.sql("update query.iam_instance_profile set tags = cast(? as jsonb) where instance_profile_id = ?")
                .params(tags.write(value), id).update();
    }
}
