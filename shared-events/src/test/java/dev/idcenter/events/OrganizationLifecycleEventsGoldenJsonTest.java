package dev.idcenter.events;

import dev.idcenter.events.organizations.AccountClosed;
import dev.idcenter.events.organizations.OrganizationResourceTagged;
import dev.idcenter.events.organizations.OrganizationResourceUntagged;
import dev.idcenter.events.organizations.OrganizationTag;
import dev.idcenter.events.organizations.PolicyTypeDisabled;
import dev.idcenter.events.organizations.PolicyTypeEnabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Golden JSON of the organization's policy type, tag and account closing events (see {@link GoldenJson}). */
class OrganizationLifecycleEventsGoldenJsonTest {

    private static final String ORG = "o-exampleorg";

    static Stream<Object> events() {
        return Stream.of(
                new PolicyTypeEnabled(ORG, "r-ab12", "RESOURCE_CONTROL_POLICY"),
                new PolicyTypeDisabled(ORG, "r-ab12", "SERVICE_CONTROL_POLICY"),
                new OrganizationResourceTagged(ORG, "ou-ab12-examplou",
                        List.of(new OrganizationTag("team", "platform"), new OrganizationTag("CostCenter", ""))),
                new OrganizationResourceUntagged(ORG, "p-examplep1", List.of("team")),
                new AccountClosed(ORG, "444455556666", Instant.parse("2026-03-01T12:00:00Z")));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
