package dev.idcenter.command.organizations;

import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.bootstrap.ManagementAccountBootstrap;
import dev.idcenter.command.organizations.OrganizationDirectoryProjection.Membership;
import dev.idcenter.protocol.AwsErrorException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who may call Organizations: the management account's principals only. */
class OrganizationSupportTest {

    private static final String MGMT = "111122223333";
    private static final String MEMBER = "444455556666";
    private static final Membership ORG = new Membership("o-exampleorg", MGMT, "r-ab12");

    private final OrganizationDirectoryProjection directory = mock(OrganizationDirectoryProjection.class);
    private final ManagementAccountBootstrap bootstrap = mock(ManagementAccountBootstrap.class);
    private final OrganizationSupport support = new OrganizationSupport(directory, bootstrap, null, null, null);

    OrganizationSupportTest() {
        when(bootstrap.managementAccount()).thenReturn(
                new ManagementAccountBootstrap.ManagementAccount(MGMT, "AKIAIOSFODNN7EXAMPLE", null, null, null));
    }

    private static ApiCall callBy(String accountId) {
        return new ApiCall("req", Instant.EPOCH, new Caller("IAMUser", "AIDAEXAMPLE", "arn:aws:iam::" + accountId
                + ":user/alice", accountId, "AKIAEXAMPLE"), "us-east-1", "127.0.0.1", "test");
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsErrorException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void givenNoOrganization_whenManagementAccountCalls_thenNotInUse() {
        when(directory.membership(MGMT)).thenReturn(Optional.empty());
        assertCode(() -> support.requireManagement(callBy(MGMT)), "AWSOrganizationsNotInUseException");
        assertThat(support.requireOrganizationless(callBy(MGMT))).isEqualTo(MGMT);
    }

    @Test
    void givenOrganization_whenManagementAccountCalls_thenItsOrganization() {
        when(directory.membership(MGMT)).thenReturn(Optional.of(ORG));
        assertThat(support.requireManagement(callBy(MGMT))).isEqualTo(ORG);
        assertCode(() -> support.requireOrganizationless(callBy(MGMT)), "AlreadyInOrganizationException");
    }

    @Test
    void givenMemberAccount_whenItsPrincipalCalls_thenAccessDenied() {
        when(directory.membership(MEMBER)).thenReturn(Optional.of(ORG));
        assertCode(() -> support.requireManagement(callBy(MEMBER)), "AccessDeniedException");
        assertCode(() -> support.requireOrganizationless(callBy(MEMBER)), "AlreadyInOrganizationException");
    }

    @Test
    void givenAccountOutsideAnyOrganization_whenItCalls_thenAccessDenied() {
        when(directory.membership(MEMBER)).thenReturn(Optional.empty());
        assertCode(() -> support.requireManagement(callBy(MEMBER)), "AccessDeniedException");
        assertCode(() -> support.requireOrganizationless(callBy(MEMBER)), "AccessDeniedException");
    }
}
