package dev.idcenter.command.sts;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.role.RoleDeleted;
import dev.idcenter.events.iam.role.RoleMaxSessionDurationChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Evicts a role from {@link AssumableRoles} when what AssumeRole reads of it changes, in the command's transaction. */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class AssumableRolesProjection {

    private final AssumableRoles roles;

    public AssumableRolesProjection(AssumableRoles roles) {
        this.roles = roles;
    }

    @EventHandler
    void on(RoleDeleted event) {
        roles.evict(event.roleId());
    }

    @EventHandler
    void on(RoleMaxSessionDurationChanged event) {
        roles.evict(event.roleId());
    }
}
