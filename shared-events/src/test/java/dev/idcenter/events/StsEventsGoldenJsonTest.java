package dev.idcenter.events;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.sts.RoleSessionsRevoked;
import dev.idcenter.events.sts.SessionRevoked;
import dev.idcenter.events.sts.SessionStarted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Golden JSON of the STS session events (see {@link GoldenJson}). */
class StsEventsGoldenJsonTest {

    private static final String ACCOUNT = "123456789012";
    private static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");

    static Stream<Object> events() {
        return Stream.of(
                new SessionStarted("6f1c2a9e-0d1b-4c33-9a57-2f1e0b7c4d10", "ASSUMED_ROLE", "ASIAQNZGKIQY56JJ7NZB",
                        ACCOUNT, "AROAEXAMPLEROLEID1234:build", "arn:aws:sts::123456789012:assumed-role/deployer/build",
                        "Role", "AROAEXAMPLEROLEID1234", "arn:aws:iam::123456789012:role/ci/deployer",
                        "arn:aws:sts::123456789012:assumed-role/base/alice", "build", "alice",
                        "0b8f5d1e-7a44-4e0e-8d6c-5b2a9f3e1c77", "arn:aws:iam::123456789012:user/alice", ISSUED,
                        ISSUED.plusSeconds(3600), "3f2a9c0d4b1e8f7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b",
                        List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), List.of(new Tag("team", "platform")),
                        List.of("team"), true, "192.0.2.10"),
                new SessionRevoked("6f1c2a9e-0d1b-4c33-9a57-2f1e0b7c4d10", ACCOUNT, "ASIAQNZGKIQY56JJ7NZB",
                        ISSUED.plusSeconds(3600), ISSUED.plusSeconds(600), "arn:aws:iam::123456789012:root"),
                new RoleSessionsRevoked(ACCOUNT, "AROAEXAMPLEROLEID1234", "arn:aws:iam::123456789012:role/ci/deployer",
                        ISSUED.plusSeconds(600), ISSUED.plusSeconds(600), "arn:aws:iam::123456789012:root"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
