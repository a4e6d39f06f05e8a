package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileCreated;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileDeleted;
import dev.idcenter.events.iam.instanceprofile.RoleAddedToInstanceProfile;
import dev.idcenter.events.iam.instanceprofile.RoleRemovedFromInstanceProfile;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Instance profile names and the role each profile carries, written in the command's transaction. A role still in
 * a profile cannot be deleted (IAM-6), which the role's own aggregate cannot know.
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class InstanceProfileDirectory {

    private final IamNames names;
    private final JdbcClient jdbc;

    public InstanceProfileDirectory(IamNames names, JdbcClient jdbc) {
        this.names = names;
        this.jdbc = jdbc;
    }

    /** Whether any instance profile carries the role. */
    public boolean carriesRole(String roleId) {
        return jdbc.sql("select count(*) from command.iam_instance_profile_role where role_id = ?")
                .param(roleId).query(Long.class).single() > 0;
    }

    @EventHandler
    void on(InstanceProfileCreated event) {
        names.claim(event.accountId(), IamNamesProjection.INSTANCE_PROFILE, event.instanceProfileName(),
                event.instanceProfileId());
    }

    @EventHandler
    void on(RoleAddedToInstanceProfile event) {
        jdbc.sql("insert into command.iam_instance_profile_role (instance_profile_id, role_id) values (?, ?)")
                .params(event.instanceProfileId(), event.roleId()).update();
    }

    @EventHandler
    void on(RoleRemovedFromInstanceProfile event) {
        jdbc.sql("delete from command.iam_instance_profile_role where instance_profile_id = ?")
                .param(event.instanceProfileId()).update();
    }

    @EventHandler
    void on(InstanceProfileDeleted event) {
        names.release(event.instanceProfileId());
    }
}
