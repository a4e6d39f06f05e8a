package dev.idcenter.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.idcenter.events.account.ManagementAccountCreated;
import dev.idcenter.events.account.RootSecretSource;
import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.events.audit.CallerIdentity;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.role.*;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event revision that has landed has a golden JSON file. Stored events must stay readable forever: a change to
 * a record that alters its JSON fails here, and the fix is a new revision with an upcaster, not an edited golden file.
 */
class GoldenJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String ACCOUNT = "123456789012";
    private static final String ROLE = "AROAEXAMPLEROLEID1234";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sts:AssumeRole\"}]}";

    static Stream<Object> events() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        return Stream.of(
                new ManagementAccountCreated("123456789012", "AKIAIOSFODNN7EXAMPLE", RootSecretSource.DERIVED, "k1", at),
                new ApiCallRecorded("6f1c0b5e-0000-4000-8000-000000000001", at, "sts.amazonaws.com",
                        "GetCallerIdentity", "us-east-1", "127.0.0.1", "aws-cli/1.45",
                        new CallerIdentity("Root", "123456789012", "arn:aws:iam::123456789012:root", "123456789012",
                                "AKIAIOSFODNN7EXAMPLE"),
                        "123456789012", null, null),
                new RoleCreated(ACCOUNT, ROLE, "deployer", "/ci/", TRUST, "Deploys", 3600,
                        "arn:aws:iam::aws:policy/PowerUserAccess", List.of(new Tag("team", "platform")), at),
                new RoleDescriptionChanged(ACCOUNT, ROLE, "Deploys everything"),
                new RoleMaxSessionDurationChanged(ACCOUNT, ROLE, 7200),
                new RoleTrustPolicyChanged(ACCOUNT, ROLE, "{\"Statement\":[]}"),
                new RoleTagged(ACCOUNT, ROLE, List.of(new Tag("env", "prod"))),
                new RoleUntagged(ACCOUNT, ROLE, List.of("env")),
                new RolePermissionsBoundarySet(ACCOUNT, ROLE, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                new RolePermissionsBoundaryRemoved(ACCOUNT, ROLE),
                new RoleInlinePolicyPut(ACCOUNT, ROLE, "read", "{\"Statement\":[]}"),
                new RoleInlinePolicyDeleted(ACCOUNT, ROLE, "read"),
                new RoleDeleted(ACCOUNT, ROLE, "deployer"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) throws IOException {
        String revision = event.getClass().getAnnotation(Revision.class).value();
        String file = "/golden/" + event.getClass().getSimpleName() + "-" + revision + ".json";
        try (InputStream in = getClass().getResourceAsStream(file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            var golden = MAPPER.readTree(in);
            assertThat((Object) MAPPER.treeToValue(golden, event.getClass())).isEqualTo(event);
            assertThat((Object) MAPPER.valueToTree(event)).isEqualTo(golden);
        }
    }
}
