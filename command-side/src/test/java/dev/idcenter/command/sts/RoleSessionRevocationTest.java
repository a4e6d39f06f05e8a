package dev.idcenter.command.sts;

import dev.idcenter.events.sts.RoleSessionsRevoked;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class RoleSessionRevocationTest {

    private static final String ROLE = "AROAEXAMPLEROLEID1234";
    private static final String ACCOUNT = "123456789012";
    private static final String ARN = "arn:aws:iam::123456789012:role/ci/deployer";
    private static final String ROOT = "arn:aws:iam::123456789012:root";
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    private static AggregateTestFixture<RoleSessionRevocation> fixture() {
        return new AggregateTestFixture<>(RoleSessionRevocation.class);
    }

    @Test
    void givenNoRevocation_whenRoleSessionsRevoked_thenCutoffRecorded() {
        fixture().givenNoPriorActivity()
                .when(new RevokeRoleSessions(ROLE, ACCOUNT, ARN, T, T, ROOT))
                .expectEvents(new RoleSessionsRevoked(ACCOUNT, ROLE, ARN, T, T, ROOT));
    }

    @Test
    void givenCutoff_whenLaterCutoff_thenItMovesForward() {
        fixture().given(new RoleSessionsRevoked(ACCOUNT, ROLE, ARN, T, T, ROOT))
                .when(new RevokeRoleSessions(ROLE, ACCOUNT, ARN, T.plusSeconds(10), T.plusSeconds(10), ROOT))
                .expectEvents(new RoleSessionsRevoked(ACCOUNT, ROLE, ARN, T.plusSeconds(10), T.plusSeconds(10), ROOT));
    }

    @Test
    void givenCutoff_whenOlderCutoffArrives_thenNothingNew() {
        fixture().given(new RoleSessionsRevoked(ACCOUNT, ROLE, ARN, T, T, ROOT))
                .when(new RevokeRoleSessions(ROLE, ACCOUNT, ARN, T.minusSeconds(10), T.plusSeconds(5), ROOT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNoRevocation_whenCutoffIsInTheFuture_thenValidationError() {
        fixture().givenNoPriorActivity()
                .when(new RevokeRoleSessions(ROLE, ACCOUNT, ARN, T.plusSeconds(60), T, ROOT))
                .expectException(AwsErrorException.class)
                .expectExceptionMessage("The revocation time 2026-03-01T12:01:00Z is in the future.")
                .expectNoEvents();
    }
}
