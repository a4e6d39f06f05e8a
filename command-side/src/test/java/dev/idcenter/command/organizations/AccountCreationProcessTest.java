package dev.idcenter.command.organizations;

import dev.idcenter.command.account.CreateMemberAccount;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.command.iam.role.AttachRoleManagedPolicy;
import dev.idcenter.command.iam.role.CreateRole;
import dev.idcenter.command.organizations.OrganizationDirectoryProjection.Membership;
import dev.idcenter.events.organizations.AccountCreationRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isA;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The CreateAccount process: each step once, skipped when already done, and a failure fails the request. */
class AccountCreationProcessTest {

    private static final String ORG = "o-exampleorg";
    private static final String MGMT = "111122223333";
    private static final String MEMBER = "444455556666";
    private static final String REQUEST = "car-exampleexampleexample123456";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final AccountCreationRequested REQUESTED = new AccountCreationRequested(ORG, REQUEST, MEMBER,
            "dev", "dev@example.com", "OrganizationAccountAccessRole", AT);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final OrganizationDirectoryProjection directory = mock(OrganizationDirectoryProjection.class);
    private final IamNames names = mock(IamNames.class);
    private final AccountCreationProcess process = new AccountCreationProcess(commands, directory, names,
            Clock.fixed(AT, ZoneOffset.UTC));

    AccountCreationProcessTest() {
        when(directory.managementAccountOf(ORG)).thenReturn(MGMT);
        when(directory.membership(MGMT)).thenReturn(Optional.of(new Membership(ORG, MGMT, "r-ab12")));
    }

    @Test
    void givenNewRequest_whenProcessed_thenAccountRoleAttachmentAndCompletion() {
        when(directory.accountExists(MEMBER)).thenReturn(false);
        when(names.idOf(MEMBER, IamNamesProjection.ROLE, "OrganizationAccountAccessRole")).thenReturn(Optional.empty());

        process.on(REQUESTED);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(4)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues().get(0)).isEqualTo(new CreateMemberAccount(MEMBER, ORG, "dev", "dev@example.com", AT));
        CreateRole role = (CreateRole) sent.getAllValues().get(1);
        assertThat(role.accountId()).isEqualTo(MEMBER);
        assertThat(role.roleName()).isEqualTo("OrganizationAccountAccessRole");
        assertThat(role.assumeRolePolicyDocument()).contains("arn:aws:iam::" + MGMT + ":root");
        assertThat(sent.getAllValues().get(2)).isEqualTo(new AttachRoleManagedPolicy(role.roleId(),
                "arn:aws:iam::aws:policy/AdministratorAccess"));
        assertThat(sent.getAllValues().get(3)).isEqualTo(new CompleteAccountCreation(ORG, REQUEST, AT));
    }

    @Test
    void givenRedeliveredRequest_whenAccountAndRoleExist_thenOnlyAttachAndCompleteAgain() {
        when(directory.accountExists(MEMBER)).thenReturn(true);
        when(names.idOf(MEMBER, IamNamesProjection.ROLE, "OrganizationAccountAccessRole"))
                .thenReturn(Optional.of("AROAEXAMPLEROLEID1234"));

        process.on(REQUESTED);

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(2)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).containsExactly(
                new AttachRoleManagedPolicy("AROAEXAMPLEROLEID1234", "arn:aws:iam::aws:policy/AdministratorAccess"),
                new CompleteAccountCreation(ORG, REQUEST, AT));
    }

    @Test
    void givenFailingStep_whenProcessed_thenRequestFailsWithInternalFailure() {
        when(directory.accountExists(MEMBER)).thenReturn(false);
        when(commands.sendAndWait(isA(CreateMemberAccount.class))).thenThrow(new IllegalStateException("boom"));

        process.on(REQUESTED);

        verify(commands).sendAndWait(new FailAccountCreation(ORG, REQUEST, "INTERNAL_FAILURE", AT));
        verify(commands, times(0)).sendAndWait(isA(CompleteAccountCreation.class));
        verify(commands, times(2)).sendAndWait(any());
    }
}
