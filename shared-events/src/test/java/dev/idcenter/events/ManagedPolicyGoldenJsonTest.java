package dev.idcenter.events;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.policy.DefaultPolicyVersionSet;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.events.iam.policy.ManagedPolicyDeleted;
import dev.idcenter.events.iam.policy.ManagedPolicyTagged;
import dev.idcenter.events.iam.policy.ManagedPolicyUntagged;
import dev.idcenter.events.iam.policy.PolicyVersionCreated;
import dev.idcenter.events.iam.policy.PolicyVersionDeleted;
import dev.idcenter.events.iam.role.RoleManagedPolicyAttached;
import dev.idcenter.events.iam.role.RoleManagedPolicyDetached;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Golden JSON of the managed policy events and of the role's attachment events (see {@link GoldenJson}). */
class ManagedPolicyGoldenJsonTest {

    private static final String ACCOUNT = "123456789012";
    private static final String POLICY = "ANPAEXAMPLEPOLICYID12";
    private static final String ROLE = "AROAEXAMPLEROLEID1234";
    private static final String DOCUMENT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    static Stream<Object> events() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        return Stream.of(
                new ManagedPolicyCreated(ACCOUNT, POLICY, "read-objects", "/team/", "Reads objects", DOCUMENT,
                        List.of(new Tag("team", "platform")), at),
                new PolicyVersionCreated(ACCOUNT, POLICY, "v2", DOCUMENT, true, at),
                new PolicyVersionDeleted(ACCOUNT, POLICY, "v1"),
                new DefaultPolicyVersionSet(ACCOUNT, POLICY, "v2"),
                new ManagedPolicyTagged(ACCOUNT, POLICY, List.of(new Tag("env", "prod"))),
                new ManagedPolicyUntagged(ACCOUNT, POLICY, List.of("env")),
                new ManagedPolicyDeleted(ACCOUNT, POLICY, "read-objects"),
                new RoleManagedPolicyAttached(ACCOUNT, ROLE, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                new RoleManagedPolicyDetached(ACCOUNT, ROLE, "arn:aws:iam::aws:policy/ReadOnlyAccess"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
