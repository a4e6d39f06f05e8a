package dev.idcenter.command.account;

import dev.idcenter.events.account.MemberAccountCreated;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class MemberAccountTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void givenNothing_whenCreateMemberAccount_thenCreated() {
        new AggregateTestFixture<>(Account.class).givenNoPriorActivity()
                .when(new CreateMemberAccount("444455556666", "o-exampleorg", "dev", "dev@example.com", AT))
                .expectEvents(new MemberAccountCreated("444455556666", "o-exampleorg", "dev", "dev@example.com", AT));
    }

    @Test
    void givenNothing_whenMemberAccountIdIsNotTwelveDigits_thenRejected() {
        new AggregateTestFixture<>(Account.class).givenNoPriorActivity()
                .when(new CreateMemberAccount("4444", "o-exampleorg", "dev", "dev@example.com", AT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
