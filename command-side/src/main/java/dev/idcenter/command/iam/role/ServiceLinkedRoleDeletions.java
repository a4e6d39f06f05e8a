package dev.idcenter.command.iam.role;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.role.ServiceLinkedRoleDeletionCompleted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The service-linked role deletion tasks of each account and how they ended, written with the events. */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class ServiceLinkedRoleDeletions {

    private final JdbcClient jdbc;

    public ServiceLinkedRoleDeletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> status(String accountId, String deletionTaskId) {
        return jdbc.sql("select status from command.iam_slr_deletion_task where account_id = ? and deletion_task_id = ?")
                .params(accountId, deletionTaskId).query(String.class).optional();
    }

    @EventHandler
    void on(ServiceLinkedRoleDeletionCompleted event) {
        jdbc.sql("insert into command.iam_slr_deletion_task (deletion_task_id, account_id, role_id, status) "
                        + "values (?, ?, ?, 'SUCCEEDED')")
                .params(event.deletionTaskId(), event.accountId(), event.roleId()).update();
    }
}
