package dev.idcenter.command.iam;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * The command side's directory of IAM names: which entity of an account holds a name (ignoring case, IAM-1). Read to
 * route a command by name and to refuse a duplicate early; the table's unique constraint is what really decides.
 */
@Component
public class IamNames {

    private final JdbcClient jdbc;

    public IamNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> idOf(String accountId, String entityType, String name) {
        return jdbc.sql("select entity_id from command.iam_name where account_id = ? and entity_type = ? and name_lower = ?")
                .params(accountId, entityType, lower(name))
                .query(String.class)
                .optional();
    }

    public long count(String accountId, String entityType) {
        return jdbc.sql("select count(*) from command.iam_name where account_id = ? and entity_type = ?")
                .params(accountId, entityType)
                .query(Long.class)
                .single();
    }

    public void claim(String accountId, String entityType, String name, String entityId) {
        jdbc.sql("insert into command.iam_name (account_id, entity_type, name_lower, name, entity_id) values (?, ?, ?, ?, ?)")
                .params(accountId, entityType, lower(name), name, entityId)
                .update();
    }

    public void release(String entityId) {
        jdbc.sql("delete from command.iam_name where entity_id = ?").param(entityId).update();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
