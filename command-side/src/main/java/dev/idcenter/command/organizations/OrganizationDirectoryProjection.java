package dev.idcenter.command.organizations;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.account.MemberAccountCreated;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.OrganizationCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * The command side's organization directory, in the command's transaction: an account is in one organization at
 * most (the unique management account decides a CreateOrganization race), and member accounts join the account
 * directory.
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class OrganizationDirectoryProjection {

    private final JdbcClient jdbc;

    public OrganizationDirectoryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganizationCreated event) {
        jdbc.sql("insert into command.organization_directory (organization_id, management_account_id, root_id) values (?, ?, ?)")
                .params(event.organizationId(), event.managementAccountId(), event.rootId()).update();
        jdbc.sql("insert into command.organization_account (account_id, organization_id) values (?, ?)")
                .params(event.managementAccountId(), event.organizationId()).update();
    }

    @EventHandler
    void on(AccountCreationSucceeded event) {
        jdbc.sql("insert into command.organization_account (account_id, organization_id) values (?, ?) on conflict do nothing")
                .params(event.accountId(), event.organizationId()).update();
    }

    @EventHandler
    void on(MemberAccountCreated event) {
        jdbc.sql("insert into command.account_directory (account_id, kind, created_at) values (?, 'MEMBER', ?)")
                .params(event.accountId(), Timestamp.from(event.createdAt())).update();
    }

    /** The organization the account belongs to, with its management account and root. */
    public Optional<Membership> membership(String accountId) {
        return jdbc.sql("""
                        select d.organization_id, d.management_account_id, d.root_id
                          from command.organization_account a
                          join command.organization_directory d on d.organization_id = a.organization_id
                         where a.account_id = ?""")
                .param(accountId)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public String managementAccountOf(String organizationId) {
        return jdbc.sql("select management_account_id from command.organization_directory where organization_id = ?")
                .param(organizationId).query(String.class).single();
    }

    public boolean accountExists(String accountId) {
        return jdbc.sql("select count(*) from command.account_directory where account_id = ?").param(accountId)
                .query(Long.class).single() > 0;
    }

    public record Membership(String organizationId, String managementAccountId, String rootId) {
    }
}
