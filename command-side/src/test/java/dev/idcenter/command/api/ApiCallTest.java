package dev.idcenter.command.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ApiCallTest {

    // ADR 0008: the front door stores what its own call staged, so a call made as another caller must share it.
    @Test
    void givenACallMadeAsAnotherCaller_whenItStagesAnEvent_thenTheOriginalCallStoresIt() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Caller root = new Caller("Root", "111122223333", "arn:aws:iam::111122223333:root", "111122223333",
                "AKIAIOSFODNN7EXAMPLE");
        Caller member = new Caller("Root", "444455556666", "arn:aws:iam::444455556666:root", "444455556666",
                "AKIAIOSFODNN7EXAMPLE");
        ApiCall call = new ApiCall("request-1", at, root, "us-east-1", "127.0.0.1", "test");

        ApiCall asMember = call.as(member);
        asMember.events().startStream("RoleSession", "session-1", "started", at);

        assertThat(asMember.caller()).isEqualTo(member);
        assertThat(asMember.requestId()).isEqualTo("request-1");
        assertThat(call.events().staged()).singleElement()
                .satisfies(event -> assertThat(event.getAggregateIdentifier()).isEqualTo("session-1"));
    }
}
