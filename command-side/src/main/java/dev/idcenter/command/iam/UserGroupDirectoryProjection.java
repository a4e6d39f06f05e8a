package dev.idcenter.command.iam;

import dev.idcenter.command.store.CommandDirectory;
import dev.idcenter.events.iam.group.GroupCreated;
import dev.idcenter.events.iam.group.GroupDeleted;
import dev.idcenter.events.iam.group.GroupUpdated;
import dev.idcenter.events.iam.user.UserAddedToGroup;
import dev.idcenter.events.iam.user.UserCreated;
import dev.idcenter.events.iam.user.UserDeleted;
import dev.idcenter.events.iam.user.UserRemovedFromGroup;
import dev.idcenter.events.iam.user.UserUpdated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Claims, moves and releases user and group names, and keeps the group membership directory, in the command's own
 * transaction (subscribing: a unique-name violation fails the command that caused it).
 */
@Component
@ProcessingGroup(CommandDirectory.PROCESSING_GROUP)
public class UserGroupDirectoryProjection {

    private final IamNames names;
    private final JdbcClient jdbc;

    public UserGroupDirectoryProjection(IamNames names, JdbcClient jdbc) {
        this.names = names;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserCreated event) {
        names.claim(event.accountId(), IamNamesProjection.USER, event.userName(), event.userId());
    }

    @EventHandler
    void on(UserUpdated event) {
        if (!event.oldUserName().equals(event.userName())) {
            rename(event.userId(), event.userName());
        }
    }

    @EventHandler
    void on(UserDeleted event) {
        names.release(event.userId());
    }

    @EventHandler
    void on(GroupCreated event) {
        names.claim(event.accountId(), IamNamesProjection.GROUP, event.groupName(), event.groupId());
    }

    @EventHandler
    void on(GroupUpdated event) {
        if (!event.oldGroupName().equals(event.groupName())) {
            rename(event.groupId(), event.groupName());
        }
    }

    @EventHandler
    void on(GroupDeleted event) {
        names.release(event.groupId());
    }

    @EventHandler
    void on(UserAddedToGroup event) {
        jdbc.sql("insert into command.iam_group_member (group_id, user_id, account_id) values (?, ?, ?) on conflict do nothing")
                .params(event.groupId(), event.userId(), event.accountId())
                .update();
    }

    @EventHandler
    void on(UserRemovedFromGroup event) {
        jdbc.sql("delete from command.iam_group_member where group_id = ? and user_id = ?")
                .params(event.groupId(), event.userId())
                .update();
    }

    /** In place (memberships refer to the row): the unique constraint still decides a race for the new name. */
    private void rename(String entityId, String newName) {
        jdbc.sql("update command.iam_name set name_lower = ?, name = ? where entity_id = ?")
                .params(newName.toLowerCase(java.util.Locale.ROOT), newName, entityId)
                .update();
    }

    /**
     * Whether a failed command lost a race with the membership directory's foreign key: a member added to a group
     * being deleted, or a group deleted while a member was being added.
     */
    public static boolean isMembershipRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataIntegrityViolationException
                    && !(cause instanceof org.springframework.dao.DuplicateKeyException)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the group has members, as of the last committed command. */
    public boolean hasMembers(String groupId) {
        return jdbc.sql("select count(*) from command.iam_group_member where group_id = ?").param(groupId)
                .query(Long.class).single() > 0;
    }
}
