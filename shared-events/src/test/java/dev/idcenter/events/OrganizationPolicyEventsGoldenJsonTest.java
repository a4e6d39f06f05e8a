package dev.idcenter.events;

import dev.idcenter.events.organizations.PolicyAttached;
import dev.idcenter.events.organizations.PolicyCreated;
import dev.idcenter.events.organizations.PolicyDeleted;
import dev.idcenter.events.organizations.PolicyDetached;
import dev.idcenter.events.organizations.PolicyUpdated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

/** Golden JSON of the organization's policy events (see {@link GoldenJson}). */
class OrganizationPolicyEventsGoldenJsonTest {

    private static final String ORG = "o-exampleorg";

    static Stream<Object> events() {
        return Stream.of(
                new PolicyCreated(ORG, "p-examplep1", "DenyLeaving", "No account may leave", "SERVICE_CONTROL_POLICY",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
                                + "\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}",
                        Instant.parse("2026-03-01T12:00:00Z")),
                new PolicyAttached(ORG, "p-examplep1", "ou-ab12-examplou"),
                new PolicyDetached(ORG, "p-examplep1", "ou-ab12-examplou"),
                new PolicyUpdated(ORG, "p-examplep1", "DenyLeavingOrg", "No account may leave",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":"
                                + "\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}"),
                new PolicyDeleted(ORG, "p-examplep1"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
