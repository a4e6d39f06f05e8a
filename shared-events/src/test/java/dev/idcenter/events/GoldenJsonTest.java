package dev.idcenter.events;

import dev.idcenter.events.account.ManagementAccountCreated;
import dev.idcenter.events.account.RootSecretSource;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import dev.idcenter.events.iam.role.RoleDescriptionChanged;
import dev.idcenter.events.iam.role.RoleInlinePolicyDeleted;
import dev.idcenter.events.iam.role.RoleInlinePolicyPut;
import dev.idcenter.events.iam.role.RoleMaxSessionDurationChanged;
import dev.idcenter.events.iam.role.RolePermissionsBoundaryRemoved;
import dev.idcenter.events.iam.role.RolePermissionsBoundarySet;
import dev.idcenter.events.iam.role.RoleTagged;
import dev.idcenter.events.iam.role.RoleTrustPolicyChanged;
import dev.idcenter.events.iam.role.RoleTrustPrincipalsBound;
import dev.idcenter.events.iam.role.RoleUntagged;
import dev.idcenter.events.iam.role.ServiceLinkedRoleCreated;
import dev.idcenter.events.iam.role.ServiceLinkedRoleDeletionCompleted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;


/** Golden JSON of the account and role events (see {@link GoldenJson}; the audit event has its own test). */
class GoldenJsonTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ROLE = "AROAEXAMPLEROLEID1234";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sts:AssumeRole\"}]}";

    static Stream<Object> events() {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        return Stream.of(
                new ManagementAccountCreated("123456789012", "AKIAIOSFODNN7EXAMPLE", RootSecretSource.DERIVED, "k1", at),
                new RoleCreated(ACCOUNT, ROLE, "deployer", "/ci/", TRUST, "Deploys", 3600,
                        "arn:aws:iam::aws:policy/PowerUserAccess", List.of(new Tag("team", "platform")), at),
                new RoleDescriptionChanged(ACCOUNT, ROLE, "Deploys everything"),
                new RoleMaxSessionDurationChanged(ACCOUNT, ROLE, 7200),
                new RoleTrustPolicyChanged(ACCOUNT, ROLE, "{\"Statement\":[]}"),
                new RoleTagged(ACCOUNT, ROLE, List.of(new Tag("env", "prod"))),
                new RoleUntagged(ACCOUNT, ROLE, List.of("env")),
                new RolePermissionsBoundarySet(ACCOUNT, ROLE, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                new RolePermissionsBoundaryRemoved(ACCOUNT, ROLE),
                new RoleInlinePolicyPut(ACCOUNT, ROLE, "read", "{\"Statement\":[]}"),
                new RoleInlinePolicyDeleted(ACCOUNT, ROLE, "read"),
                new RoleDeleted(ACCOUNT, ROLE, "deployer"),
                new ServiceLinkedRoleCreated(ACCOUNT, ROLE, "autoscaling.amazonaws.com"),
                new RoleTrustPrincipalsBound(ACCOUNT, ROLE,
                        java.util.Map.of("arn:aws:iam::123456789012:user/alice", "AIDAEXAMPLEUSERID1234")),
                new ServiceLinkedRoleDeletionCompleted(ACCOUNT, ROLE,
                        "task/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling/0b7a1c2e"));
    }

    @ParameterizedTest
    @MethodSource("events")
    void givenGoldenJson_whenDeserialized_thenEqualsEventAndSerializesBackIdentically(Object event) {
        GoldenJson.assertMatchesGolden(event);
    }
}
