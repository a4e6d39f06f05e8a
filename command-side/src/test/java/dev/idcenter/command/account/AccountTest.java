package dev.idcenter.command.account;

import dev.idcenter.events.account.ManagementAccountCreated;
import dev.idcenter.events.account.RootSecretSource;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class AccountTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
    }

    @Test
    void givenNothing_whenCreateManagementAccountWithDerivedSecret_thenCreated() {
        fixture.givenNoPriorActivity()
                .when(new CreateManagementAccount("123456789012", "AKIAABCDEFGHIJKLMNOP", RootSecretSource.DERIVED, "k1", AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ManagementAccountCreated("123456789012", "AKIAABCDEFGHIJKLMNOP",
                        RootSecretSource.DERIVED, "k1", AT));
    }

    @Test
    void givenNothing_whenCreateManagementAccountWithConfiguredSecret_thenNoMasterKeyIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new CreateManagementAccount("123456789012", "AKIAABCDEFGHIJKLMNOP", RootSecretSource.CONFIGURED, "k1", AT))
                .expectEvents(new ManagementAccountCreated("123456789012", "AKIAABCDEFGHIJKLMNOP",
                        RootSecretSource.CONFIGURED, null, AT));
    }

    @Test
    void givenNothing_whenAccountIdIsNotTwelveDigits_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateManagementAccount("12345", "AKIAABCDEFGHIJKLMNOP", RootSecretSource.DERIVED, "k1", AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("accountId must be 12 digits")
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenAccessKeyIdIsMalformed_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateManagementAccount("123456789012", "ASIAABCDEFGHIJKLMNOP", RootSecretSource.DERIVED, "k1", AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("rootAccessKeyId must be AKIA followed by 16 characters of [A-Z2-7]")
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenDerivedSecretHasNoMasterKey_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateManagementAccount("123456789012", "AKIAABCDEFGHIJKLMNOP", RootSecretSource.DERIVED, null, AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("a derived root secret needs its masterKeyId")
                .expectNoEvents();
    }
}
