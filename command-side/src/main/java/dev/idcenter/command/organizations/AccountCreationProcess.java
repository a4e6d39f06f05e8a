package dev.idcenter.command.organizations;

import dev.idcenter.command.account.CreateMemberAccount;
import dev.idcenter.command.iam.IamIds;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.command.iam.role.AttachRoleManagedPolicy;
import dev.idcenter.command.iam.role.CreateRole;
import dev.idcenter.events.organizations.AccountCreationRequested;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Carries out CreateAccount after the request has been answered (AWS's CreateAccount is asynchronous): a tracking
 * processor of its own over the event store, so the API call returns IN_PROGRESS at once and the work survives a
 * restart (the token moves on only once the request is completed or failed). Each step is idempotent, so a
 * redelivered request finishes the same way: the account id was chosen on the request, an existing account or role
 * is kept, attaching again changes nothing, and completing a finished request is ignored.
 */
@Component
@ProcessingGroup(AccountCreationProcess.PROCESSING_GROUP)
public class AccountCreationProcess {

    public static final String PROCESSING_GROUP = "organization-account-creation";
    static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";
    private static final Logger LOG = LoggerFactory.getLogger(AccountCreationProcess.class);

    private final CommandGateway commands;
    private final OrganizationDirectoryProjection directory;
    private final IamNames names;
    private final Clock clock;

    public AccountCreationProcess(CommandGateway commands, OrganizationDirectoryProjection directory, IamNames names,
                                  Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.names = names;
        this.clock = clock;
    }

    @EventHandler
    void on(AccountCreationRequested request) {
        try {
            OrganizationDirectoryProjection.Membership org = directory.membership(
                    managementOf(request.organizationId())).orElseThrow();
            if (!directory.accountExists(request.accountId())) {
                commands.sendAndWait(new CreateMemberAccount(request.accountId(), request.organizationId(),
                        request.accountName(), request.email(), request.requestedAt()));
            }
            String roleId = names.idOf(request.accountId(), IamNamesProjection.ROLE, request.roleName()).orElse(null);
            if (roleId == null) {
                roleId = IamIds.newId("AROA");
                commands.sendAndWait(new CreateRole(roleId, request.accountId(), request.roleName(), "/",
                        trustPolicy(org.managementAccountId()), null, 3600, null, List.of(),
                        clock.instant().truncatedTo(ChronoUnit.SECONDS), Map.of()));
            }
            commands.sendAndWait(new AttachRoleManagedPolicy(roleId, ADMINISTRATOR_ACCESS));
            commands.sendAndWait(new CompleteAccountCreation(request.organizationId(), request.requestId(),
                    clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("CreateAccount request {} failed", request.requestId(), e);
            commands.sendAndWait(new FailAccountCreation(request.organizationId(), request.requestId(),
                    "INTERNAL_FAILURE", clock.instant()));
        }
    }

    private String managementOf(String organizationId) {
        return directory.managementAccountOf(organizationId);
    }

    static String trustPolicy(String managementAccountId) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
                + managementAccountId + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
    }
}
