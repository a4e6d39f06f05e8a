package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.AccountCreationFailed;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An AWS Organization: its root, its accounts and its CreateAccount requests. Email addresses are unique within
 * the organization (a duplicate fails the request with {@code EMAIL_ALREADY_EXISTS}, as AWS does: asynchronously,
 * the request itself is accepted).
 */
@Aggregate
public class Organization {

    static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    static final Pattern ROOT_ID = Pattern.compile("r-[0-9a-z]{4,32}");
    static final Pattern REQUEST_ID = Pattern.compile("car-[a-z0-9]{8,32}");
    static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    @AggregateIdentifier
    private String organizationId;
    private String rootId;
    private final Set<String> accountIds = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Map<String, AccountCreationRequested> pending = new HashMap<>();
    private final Set<String> requestIds = new HashSet<>();

    protected Organization() {
        // for Axon
    }

    @CommandHandler
    public Organization(CreateOrganization command) {
        require(ORGANIZATION_ID, command.organizationId(), "organizationId");
        require(ROOT_ID, command.rootId(), "rootId");
        require(ACCOUNT_ID, command.managementAccountId(), "managementAccountId");
        if (!"ALL".equals(command.featureSet())) {
            throw new AwsErrorException("UnsupportedAPIEndpointException", 400,
                    "This server supports organizations with all features (FeatureSet ALL) only.");
        }
        apply(new OrganizationCreated(command.organizationId(), command.managementAccountId(), command.rootId(),
                command.featureSet(), command.createdAt()));
    }

    @CommandHandler
    void handle(RequestAccountCreation command) {
        require(REQUEST_ID, command.requestId(), "requestId");
        require(ACCOUNT_ID, command.accountId(), "accountId");
        if (requestIds.contains(command.requestId()) || accountIds.contains(command.accountId())) {
            throw new IllegalArgumentException("request or account id already used in " + organizationId);
        }
        if (emails.contains(command.email().toLowerCase(Locale.ROOT))) {
            apply(new AccountCreationFailed(organizationId, command.requestId(), command.accountName(),
                    "EMAIL_ALREADY_EXISTS", command.requestedAt(), command.requestedAt()));
            return;
        }
        apply(new AccountCreationRequested(organizationId, command.requestId(), command.accountId(),
                command.accountName(), command.email(), command.roleName(), command.requestedAt()));
    }

    @CommandHandler
    void handle(CompleteAccountCreation command) {
        AccountCreationRequested request = pending.get(command.requestId());
        if (request == null) {
            return; // already completed or failed: redelivery of the process's last step
        }
        apply(new AccountCreationSucceeded(organizationId, request.requestId(), request.accountId(),
                request.accountName(), request.email(), rootId, command.completedAt()));
    }

    @CommandHandler
    void handle(FailAccountCreation command) {
        AccountCreationRequested request = pending.get(command.requestId());
        if (request == null) {
            return;
        }
        apply(new AccountCreationFailed(organizationId, request.requestId(), request.accountName(),
                command.failureReason(), request.requestedAt(), command.completedAt()));
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        this.organizationId = event.organizationId();
        this.rootId = event.rootId();
        accountIds.add(event.managementAccountId());
    }

    @EventSourcingHandler
    void on(AccountCreationRequested event) {
        requestIds.add(event.requestId());
        pending.put(event.requestId(), event);
        emails.add(event.email().toLowerCase(Locale.ROOT));
        accountIds.add(event.accountId());
    }

    @EventSourcingHandler
    void on(AccountCreationSucceeded event) {
        pending.remove(event.requestId());
    }

    @EventSourcingHandler
    void on(AccountCreationFailed event) {
        requestIds.add(event.requestId());
        AccountCreationRequested request = pending.remove(event.requestId());
        if (request != null) {
            emails.remove(request.email().toLowerCase(Locale.ROOT));
            accountIds.remove(request.accountId());
        }
    }

    private static void require(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern);
        }
    }
}
