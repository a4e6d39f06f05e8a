package dev.idcenter.command.iam;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The command side's directory of customer managed policies (by ARN) and of managed policy attachments of every IAM
 * entity type ({@code role} now; {@code user}, {@code group} later). Read to resolve an ARN and to refuse early; the
 * writes, in the command's transaction, decide races (see {@link PolicyDirectoryProjection}).
 */
@Component
public class PolicyDirectory {

    public static final String ROLE = IamNamesProjection.ROLE;
    public static final String USER = IamNamesProjection.USER;
    public static final String GROUP = IamNamesProjection.GROUP;
    /** A policy used as a role's or a user's permissions boundary is in use too: it cannot be deleted. */
    public static final String ROLE_BOUNDARY = "role-boundary";
    public static final String USER_BOUNDARY = "user-boundary";
    private final JdbcClient jdbc;

    public PolicyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the account's own customer managed policy with this ARN. */
    public Optional<String> idOf(String accountId, String policyArn) {
        return jdbc.sql("select policy_id from command.iam_managed_policy where account_id = ? and arn = ?")
                .params(accountId, policyArn)
                .query(String.class)
                .optional();
    }

    public long count(String accountId) {
        return jdbc.sql("select count(*) from command.iam_managed_policy where account_id = ?")
                .param(accountId).query(Long.class).single();
    }

    /** How many entities of the account the policy (the account's own or AWS's) is attached to. */
    public long attachmentCount(String accountId, String policyArn) {
        return jdbc.sql("select count(*) from command.iam_policy_attachment where account_id = ? and policy_arn = ?")
                .params(accountId, policyArn).query(Long.class).single();
    }

    void register(String accountId, String policyId, String arn, String policyName) {
        jdbc.sql("insert into command.iam_managed_policy (policy_id, account_id, arn, policy_name) values (?, ?, ?, ?)")
                .params(policyId, accountId, arn, policyName).update();
    }

    /** Deletes the policy's row (locking out concurrent attachments); its ARN, when there was one. */
    Optional<String> unregister(String policyId) {
        return jdbc.sql("delete from command.iam_managed_policy where policy_id = ? returning arn")
                .param(policyId).query(String.class).optional();
    }

    /** Whether the account's own policy exists, holding a share lock on it until the command commits. */
    boolean lockExisting(String accountId, String policyArn) {
        return jdbc.sql("select policy_id from command.iam_managed_policy where account_id = ? and arn = ? for share")
                .params(accountId, policyArn).query(String.class).optional().isPresent();
    }

    void attach(String accountId, String policyArn, String entityType, String entityId) {
        jdbc.sql("""
                        insert into command.iam_policy_attachment (account_id, policy_arn, entity_type, entity_id)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(accountId, policyArn, entityType, entityId).update();
    }

    /** Removes every row of the entity of this type (e.g. its boundary, whatever policy that was). */
    void detachAll(String entityType, String entityId) {
        jdbc.sql("delete from command.iam_policy_attachment where entity_type = ? and entity_id = ?")
                .params(entityType, entityId).update();
    }

    void detach(String policyArn, String entityType, String entityId) {
        jdbc.sql("delete from command.iam_policy_attachment where policy_arn = ? and entity_type = ? and entity_id = ?")
                .params(policyArn, entityType, entityId).update();
    }
}
