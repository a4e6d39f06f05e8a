package dev.idcenter.query.iam.mfa;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceTagged;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceUntagged;
import dev.idcenter.query.iam.RoleViewProjection;
import dev.idcenter.query.iam.ViewTags;
import dev.idcenter.query.store.QuerySchemaConfiguration.QuerySchemaMigration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Virtual MFA devices for IAM's Get/List operations, in the {@code iam-views} group (so that a device's user is
 * already projected); idempotent by aggregate sequence number. Codes spent and resyncs change nothing shown here.
 */
@Component
@ProcessingGroup(RoleViewProjection.PROCESSING_GROUP)
public class MfaDeviceViewProjection {

    private final JdbcClient jdbc;
    private final ViewTags viewTags;

    public MfaDeviceViewProjection(JdbcClient jdbc, ObjectMapper json, QuerySchemaMigration migrated) {
        this.jdbc = jdbc;
        this.viewTags = new ViewTags(json);
    }

    @EventHandler
    void on(VirtualMfaDeviceCreated e, @SequenceNumber long sequence) {
        jdbc.sql("""
                        insert into query.iam_mfa_device (device_id, account_id, serial_number, create_date, tags, version)
                        values (?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (device_id) do nothing""")
                .params(e.deviceId(), e.accountId(), e.serialNumber(), Timestamp.from(e.createdAt()),
                        viewTags.write(e.tags()), sequence)
                .update();
    }

    @EventHandler
    void on(MfaDeviceEnabled e, @SequenceNumber long sequence) {
        if (advance(e.deviceId(), sequence)) {
            jdbc.sql("update query.iam_mfa_device set user_id = ?, enable_date = ? where device_id = ?")
                    .params(e.userId(), Timestamp.from(e.enabledAt()), e.deviceId()).update();
        }
    }

    @EventHandler
    void on(MfaDeviceDeactivated e, @SequenceNumber long sequence) {
        if (advance(e.deviceId(), sequence)) {
            jdbc.sql("update query.iam_mfa_device set user_id = null, enable_date = null where device_id = ?")
                    .param(e.deviceId()).update();
        }
    }

    @EventHandler
    void on(VirtualMfaDeviceTagged e, @SequenceNumber long sequence) {
        if (advance(e.deviceId(), sequence)) {
            writeTags(e.deviceId(), ViewTags.tagged(readTags(e.deviceId()), e.tags()));
        }
    }

    @EventHandler
    void on(VirtualMfaDeviceUntagged e, @SequenceNumber long sequence) {
        if (advance(e.deviceId(), sequence)) {
            writeTags(e.deviceId(), ViewTags.untagged(readTags(e.deviceId()), e.tagKeys()));
        }
    }

    @EventHandler
    void on(VirtualMfaDeviceDeleted e, @SequenceNumber long sequence) {
        if (advance(e.deviceId(), sequence)) {
            jdbc.sql("update query.iam_mfa_device set deleted = true where device_id = ?").param(e.deviceId()).update();
        }
    }

    private boolean advance(String id, long sequence) {
        return jdbc.sql("update query.iam_mfa_device set version = ? where device_id = ? and version < ?")
                .params(sequence, id, sequence).update() == 1;
    }

    private List<Tag> readTags(String id) {
        return viewTags.read(jdbc.sql("select tags::text from query.iam_mfa_device where device_id = ?")
                .param(id).query(String.class).single());
    }

    private void writeTags(String id, List<Tag> tags) {
        jdbc.sql("update query.iam_mfa_device set tags = cast(? as jsonb) where device_id = ?")
                .params(viewTags.write(tags), id).update();
    }
}
