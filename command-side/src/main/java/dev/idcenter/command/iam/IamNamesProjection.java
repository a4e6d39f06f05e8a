package dev.idcenter.command.iam;

import dev.idcenter.command.credentials.AccessKeyDirectoryProjection;
import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Claims and releases IAM names in the command's own transaction (subscribing, errors fail the command). */
@Component
@ProcessingGroup(AccessKeyDirectoryProjection.PROCESSING_GROUP)
public class IamNamesProjection {

    public static final String ROLE = "role";
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
