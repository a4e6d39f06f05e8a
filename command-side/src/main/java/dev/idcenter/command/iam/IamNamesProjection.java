package dev.idcenter.command.iam;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Claims and releases IAM names in the command's own transaction (subscribing, errors fail the command). */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class IamNamesProjection {

    public static final String ROLE = "role";
    public static final String USER = "user";
    public static final String GROUP = "group";
    public static final String POLICY = "policy";
    public static final String INSTANCE_PROFILE = "instance-profile";
    private final IamNames names;

    public IamNamesProjection(IamNames names) {
        this.names = names;
    }

    @EventHandler
    void on(RoleCreated event) {
        names.claim(event.accountId(), ROLE, event.roleName(), event.roleId());
    }

    @EventHandler
    void on(RoleDeleted event) {
        names.release(event.roleId());
    }
}
