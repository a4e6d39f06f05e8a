package dev.idcenter.command.account;

import dev.idcenter.events.account.ManagementAccountCreated;
import dev.idcenter.events.account.MemberAccountCreated;
import dev.idcenter.events.account.RootSecretSource;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An AWS account: the tenant every IAM entity belongs to. */
@Aggregate
public class Account {

    private static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile("\\d{12}");
    private static final java.util.regex.Pattern ACCESS_KEY_ID = java.util.regex.Pattern.compile("AKIA[A-Z2-7]{16}");

    @AggregateIdentifier
    private String accountId;

    protected Account() {
        // for Axon
    }

    @CommandHandler
    public Account(CreateManagementAccount command) {
        if (command.accountId() == null || !ACCOUNT_ID.matcher(command.accountId()).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits");
        }
        if (command.rootAccessKeyId() == null || !ACCESS_KEY_ID.matcher(command.rootAccessKeyId()).matches()) {
            throw new IllegalArgumentException("rootAccessKeyId must be AKIA followed by 16 characters of [A-Z2-7]");
        }
        if (command.secretSource() == RootSecretSource.DERIVED && command.masterKeyId() == null) {
            throw new IllegalArgumentException("a derived root secret needs its masterKeyId");
        }
        apply(new ManagementAccountCreated(command.accountId(), command.rootAccessKeyId(), command.secretSource(),
                command.secretSource() == RootSecretSource.DERIVED ? command.masterKeyId() : null,
                command.createdAt()));
    }

    @CommandHandler
    public Account(CreateMemberAccount command) {
        if (command.accountId() == null || !ACCOUNT_ID.matcher(command.accountId()).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits");
        }
        apply(new MemberAccountCreated(command.accountId(), command.organizationId(), command.accountName(),
                command.email(), command.createdAt()));
    }

    @EventSourcingHandler
    void on(MemberAccountCreated event) {
        this.accountId = event.accountId();
    }

    @EventSourcingHandler
    void on(ManagementAccountCreated event) {
        this.accountId = event.accountId();
    }
}
