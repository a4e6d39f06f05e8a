package dev.idcenter.events;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileCreated;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileDeleted;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileTagged;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileUntagged;
import dev.idcenter.events.iam.instanceprofile.RoleAddedToInstanceProfile;
import dev.idcenter.events.iam.instanceprofile.RoleRemovedFromInstanceProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Golden JSON of the instance profile events (see {@link GoldenJson}). */
class InstanceProfileEventsGoldenJsonTest {

    private static final String ACCOUNT = "123456789012";
    private static final String PROFILE = "AIPAEXAMPLEPROFILE123";
    private static final String ROLE = "AROAEXAMPLEROLEID1234";

    static Stream<Object> events() {
        return Stream.of(
                new InstanceProfileCreated(ACCOUNT, PROFILE, "web", "/", List.of(new Tag("app", "web")),
                        Instant.parse("2026-03-01T12:00:00Z")),
                new RoleAddedToInstanceProfile(ACCOUNT, PROFILE, ROLE, "web-role"),
                new RoleRemovedFromInstanceProfile(ACCOUNT, PROFILE, ROLE),
                new InstanceProfileTagged(ACCOUNT, PROFILE, List.of(new Tag("env", "prod"))),
                new InstanceProfileUntagged(ACCOUNT, PROFILE, List.of("env")),
                new InstanceProfileDeleted(ACCOUNT, PROFILE, "web"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
