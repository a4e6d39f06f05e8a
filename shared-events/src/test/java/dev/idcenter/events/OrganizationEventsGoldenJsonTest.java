package dev.idcenter.events;

import dev.idcenter.events.account.MemberAccountCreated;
import dev.idcenter.events.organizations.AccountCreationFailed;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.OrganizationCreated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

/** Golden JSON of the Organizations events and of the member account's creation (see {@link GoldenJson}). */
class OrganizationEventsGoldenJsonTest {

    private static final String ORG = "o-exampleorg";
    private static final String REQUEST = "car-exampleexampleexample1234567890";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");

    static Stream<Object> events() {
        return Stream.of(
                new OrganizationCreated(ORG, "111122223333", "r-ab12", "ALL", AT),
                new AccountCreationRequested(ORG, REQUEST, "444455556666", "dev", "dev@example.com",
                        "OrganizationAccountAccessRole", AT),
                new AccountCreationSucceeded(ORG, REQUEST, "444455556666", "dev", "dev@example.com", "r-ab12",
                        Instant.parse("2026-03-01T12:00:05Z")),
                new AccountCreationFailed(ORG, REQUEST, "dev", "EMAIL_ALREADY_EXISTS", AT, AT),
                new MemberAccountCreated("444455556666", ORG, "dev", "dev@example.com", AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
