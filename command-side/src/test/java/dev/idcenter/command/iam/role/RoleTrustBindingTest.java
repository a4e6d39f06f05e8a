package dev.idcenter.command.iam.role;

import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleTrustPolicyChanged;
import dev.idcenter.events.iam.role.RoleTrustPrincipalsBound;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** IAM-3: the principals a trust policy names are bound to their unique ids when it is saved. */
class RoleTrustBindingTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "AROAEXAMPLEROLEID1234";
    private static final String ALICE = "arn:aws:iam::123456789012:user/alice";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"" + ALICE + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final Map<String, String> BOUND = Map.of(ALICE, "AIDAALICEFIRSTID12345");
    private static final RoleCreated CREATED = new RoleCreated(ACCOUNT, ID, "r", "/", TRUST, null, 3600, null, List.of(), AT);

    private static AggregateTestFixture<Role> fixture() {
        return new AggregateTestFixture<>(Role.class);
    }

    @Test
    void givenTrustNamingAUser_whenRoleCreated_thenBindingRecordedWithTheRole() {
        fixture().givenNoPriorActivity()
                .when(new CreateRole(ID, ACCOUNT, "r", "/", TRUST, null, 3600, null, List.of(), AT, BOUND))
                .expectEvents(CREATED, new RoleTrustPrincipalsBound(ACCOUNT, ID, BOUND));
    }

    @Test
    void givenBoundRole_whenTrustSavedAgainAfterThePrincipalWasRecreated_thenTheNewIdIsBound() {
        Map<String, String> recreated = Map.of(ALICE, "AIDAALICESECONDID1234");
        fixture().given(CREATED, new RoleTrustPrincipalsBound(ACCOUNT, ID, BOUND))
                .when(new ChangeRoleTrustPolicy(ID, TRUST, recreated))
                .expectEvents(new RoleTrustPolicyChanged(ACCOUNT, ID, TRUST), new RoleTrustPrincipalsBound(ACCOUNT, ID, recreated));
    }

    @Test
    void givenBoundRole_whenTheSameBindingIsSavedAgain_thenOnlyThePolicyChangeIsRecorded() {
        fixture().given(CREATED, new RoleTrustPrincipalsBound(ACCOUNT, ID, BOUND))
                .when(new ChangeRoleTrustPolicy(ID, TRUST, BOUND))
                .expectEvents(new RoleTrustPolicyChanged(ACCOUNT, ID, TRUST));
    }
}
