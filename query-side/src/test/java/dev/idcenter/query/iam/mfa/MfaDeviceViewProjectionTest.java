package dev.idcenter.query.iam.mfa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.mfa.MfaDeviceDeactivated;
import dev.idcenter.events.iam.mfa.MfaDeviceEnabled;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceDeleted;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceTagged;
import dev.idcenter.events.iam.mfa.VirtualMfaDeviceUntagged;
import dev.idcenter.queries.iam.mfa.FindMfaDevice;
import dev.idcenter.queries.iam.mfa.ListMfaDevices;
import dev.idcenter.queries.iam.mfa.MfaDeviceView;
import dev.idcenter.query.consistency.ProjectionBarrier;
import dev.idcenter.query.store.QueryTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The MFA device views on real PostgreSQL: every event applied once, assignment as the lists filter it. */
class MfaDeviceViewProjectionTest {

    private static final String ACCOUNT = "123456789012";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static QueryTestDatabase database;
    private static JdbcClient jdbc;
    private static MfaDeviceViewProjection projection;
    private static MfaDeviceQueries queries;

    @BeforeAll
    static void database() {
        database = QueryTestDatabase.migrated();
        jdbc = database.jdbc();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        projection = new MfaDeviceViewProjection(jdbc, json, null);
        queries = new MfaDeviceQueries(jdbc, json, mock(ProjectionBarrier.class));
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void givenDeviceEvents_whenRedelivered_thenAppliedOnceAndTheUserShownByItsCurrentName() {
        String device = "MFADPROJECTIONTEST001";
        String user = "AIDAMFAPROJECTION0001";
        String serial = "arn:aws:iam::" + ACCOUNT + ":mfa/alice-phone";
        user(user, "Alice");
        var created = new VirtualMfaDeviceCreated(ACCOUNT, device, "alice-phone", "/", serial, "k1",
                List.of(new Tag("owner", "alice")), AT);
        projection.on(created, 0);
        projection.on(created, 0);
        projection.on(new MfaDeviceEnabled(ACCOUNT, device, user, AT, 100L), 1);
        projection.on(new VirtualMfaDeviceTagged(ACCOUNT, device, List.of(new Tag("OWNER", "bob"), new Tag("env", "prod"))), 2);
        projection.on(new VirtualMfaDeviceUntagged(ACCOUNT, device, List.of("ENV")), 3);
        projection.on(new VirtualMfaDeviceTagged(ACCOUNT, device, List.of(new Tag("env", "prod"))), 2); // replayed

        MfaDeviceView view = queries.find(new FindMfaDevice(ACCOUNT, device, 0)).orElseThrow();
        assertThat(view.serialNumber()).isEqualTo(serial);
        assertThat(view.tags()).containsExactly(new Tag("OWNER", "bob"));
        assertThat(view.userName()).isEqualTo("Alice");
        assertThat(view.enableDate()).isEqualTo(AT);

        jdbc.sql("update query.iam_user set user_name = 'Alicia' where user_id = ?").param(user).update();
        assertThat(queries.list(new ListMfaDevices(ACCOUNT, user, null, 0)))
                .extracting(MfaDeviceView::userName).containsExactly("Alicia");
    }

    @Test
    void givenAssignedAndUnassignedDevices_whenListedByStatus_thenFilteredAndDeletedOnesGone() {
        String account = "210987654321";
        String user = "AIDAMFAPROJECTION0002";
        user(user, "Bob");
        projection.on(new VirtualMfaDeviceCreated(account, "MFADPROJECTIONTEST002", "a", "/",
                "arn:aws:iam::" + account + ":mfa/a", "k1", List.of(), AT), 0);
        projection.on(new VirtualMfaDeviceCreated(account, "MFADPROJECTIONTEST003", "b", "/",
                "arn:aws:iam::" + account + ":mfa/b", "k1", List.of(), AT), 0);
        projection.on(new VirtualMfaDeviceCreated(account, "MFADPROJECTIONTEST004", "c", "/",
                "arn:aws:iam::" + account + ":mfa/c", "k1", List.of(), AT), 0);
        projection.on(new MfaDeviceEnabled(account, "MFADPROJECTIONTEST002", user, AT, 100L), 1);
        projection.on(new MfaDeviceEnabled(account, "MFADPROJECTIONTEST003", user, AT, 100L), 1);
        projection.on(new MfaDeviceDeactivated(account, "MFADPROJECTIONTEST003", user), 2);
        projection.on(new VirtualMfaDeviceDeleted(account, "MFADPROJECTIONTEST004", "arn:aws:iam::" + account + ":mfa/c"), 1);

        assertThat(serials(new ListMfaDevices(account, null, "Assigned", 0))).containsExactly("a");
        assertThat(serials(new ListMfaDevices(account, null, "Unassigned", 0))).containsExactly("b");
        assertThat(serials(new ListMfaDevices(account, null, "Any", 0))).containsExactly("a", "b");
        assertThat(serials(new ListMfaDevices(account, user, null, 0))).containsExactly("a");
        assertThat(queries.find(new FindMfaDevice(account, "MFADPROJECTIONTEST003", 0)).orElseThrow().assigned()).isFalse();
    }

    private static List<String> serials(ListMfaDevices query) {
        return queries.list(query).stream().map(v -> v.serialNumber().substring(v.serialNumber().lastIndexOf('/') + 1)).toList();
    }

    private static void user(String userId, String name) {
        jdbc.sql("""
                        insert into query.iam_user (user_id, account_id, user_name, user_name_lower, path, create_date, tags, version)
                        values (?, ?, ?, lower(?), '/', ?, '[]'::jsonb, 0)""")
                .params(userId, ACCOUNT, name, name, Timestamp.from(AT)).update();
    }
}
