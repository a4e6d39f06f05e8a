package dev.idcenter.events;

import dev.idcenter.events.organizations.AccountMoved;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.OrganizationalUnitDeleted;
import dev.idcenter.events.organizations.OrganizationalUnitRenamed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

/** Golden JSON of the organizational unit events (see {@link GoldenJson}). */
class OrganizationalUnitEventsGoldenJsonTest {

    private static final String ORG = "o-exampleorg";
    private static final String OU = "ou-ab12-examplou";

    static Stream<Object> events() {
        return Stream.of(
                new OrganizationalUnitCreated(ORG, OU, "r-ab12", "Workloads", Instant.parse("2026-03-01T12:00:00Z")),
                new OrganizationalUnitRenamed(ORG, OU, "Production"),
                new OrganizationalUnitDeleted(ORG, OU, "r-ab12"),
                new AccountMoved(ORG, "444455556666", "r-ab12", OU));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
