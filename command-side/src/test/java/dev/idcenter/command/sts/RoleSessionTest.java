package dev.idcenter.command.sts;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.sts.SessionRevoked;
import dev.idcenter.events.sts.SessionStarted;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleSessionTest {

    private static final String SESSION = "6f1c2a9e-0d1b-4c33-9a57-2f1e0b7c4d10";
    private static final String ACCOUNT = "123456789012";
    private static final String KEY = "ASIAQNZGKIQY56JJ7NZB";
    private static final String ROOT = "arn:aws:iam::123456789012:root";
    private static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(3600);
    private static final SessionStarted STARTED = started(List.of(new Tag("team", "platform")), List.of("team"), EXPIRES);

    private static AggregateTestFixture<RoleSession> fixture() {
        return new AggregateTestFixture<>(RoleSession.class);
    }

    // A start is not a command handler: its event is stored with the call's audit record (ADR 0008).
    @Test
    void givenNothing_whenStarted_thenSessionStartedWithItsFactsAndNoSecret() {
        assertThat(RoleSession.started(start(List.of(new Tag("team", "platform")), List.of("team"), EXPIRES)))
                .isEqualTo(STARTED);
    }

    @Test
    void givenNothing_whenExpiryIsNotAfterIssue_thenRefused() {
        assertThatThrownBy(() -> RoleSession.started(start(List.of(), List.of(), ISSUED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a session must expire after it is issued");
    }

    @Test
    void givenNothing_whenTransitiveKeyIsNotATagKey_thenRefused() {
        // STS-1: TransitiveTagKeys are a subset of Tags.
        assertThatThrownBy(() -> RoleSession.started(start(List.of(new Tag("team", "platform")), List.of("env"), EXPIRES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transitive tag keys must be keys of the session's tags");
    }

    @Test
    void givenStartedEventFromTheIssuer_whenRevoked_thenTheAggregateLoadsFromItAndRevokes() {
        fixture().given(RoleSession.started(start(List.of(), List.of(), EXPIRES)))
                .when(new RevokeSession(SESSION, ISSUED.plusSeconds(60), ROOT))
                .expectEvents(new SessionRevoked(SESSION, ACCOUNT, KEY, EXPIRES, ISSUED.plusSeconds(60), ROOT));
    }

    @Test
    void givenLiveSession_whenRevoked_thenSessionRevoked() {
        fixture().given(STARTED)
                .when(new RevokeSession(SESSION, ISSUED.plusSeconds(60), ROOT))
                .expectEvents(new SessionRevoked(SESSION, ACCOUNT, KEY, EXPIRES, ISSUED.plusSeconds(60), ROOT));
    }

    @Test
    void givenRevokedSession_whenRevokedAgain_thenNothingNew() {
        fixture().given(STARTED, new SessionRevoked(SESSION, ACCOUNT, KEY, EXPIRES, ISSUED.plusSeconds(60), ROOT))
                .when(new RevokeSession(SESSION, ISSUED.plusSeconds(120), ROOT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenExpiredSession_whenRevoked_thenNothingNew() {
        fixture().given(STARTED)
                .when(new RevokeSession(SESSION, EXPIRES, ROOT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static StartSession start(List<Tag> tags, List<String> transitive, Instant expires) {
        return new StartSession(SESSION, "ASSUMED_ROLE", KEY, ACCOUNT, "AROAEXAMPLEROLEID1234:build",
                "arn:aws:sts::123456789012:assumed-role/deployer/build", "Role", "AROAEXAMPLEROLEID1234",
                "arn:aws:iam::123456789012:role/ci/deployer", ROOT, "build", null, null, ROOT, ISSUED, expires, null,
                List.of(), tags, transitive, false, "192.0.2.10");
    }

    private static SessionStarted started(List<Tag> tags, List<String> transitive, Instant expires) {
        return new SessionStarted(SESSION, "ASSUMED_ROLE", KEY, ACCOUNT, "AROAEXAMPLEROLEID1234:build",
                "arn:aws:sts::123456789012:assumed-role/deployer/build", "Role", "AROAEXAMPLEROLEID1234",
                "arn:aws:iam::123456789012:role/ci/deployer", ROOT, "build", null, null, ROOT, ISSUED, expires, null,
                List.of(), tags, transitive, false, "192.0.2.10");
    }
}
