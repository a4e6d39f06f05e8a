package dev.idcenter.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * IAM-5: per-account quotas answer LimitExceeded. Thousands of entities would take minutes through the API, so the
 * command side's name directory (what the quotas count) is filled up to the quota directly, and emptied after.
 */
class AccountQuotasIT extends ServerTestSupport {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeSeededNames() {
        jdbc.sql("delete from command.iam_name where entity_id like 'SEED%'").update();
    }

    @Test
    void givenAccountAtTheUserQuota_whenCreateUser_thenLimitExceededAndNoUser() {
        seedUpTo("user", 5000);
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.createUser(b -> b.userName("one-too-many")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot exceed quota for UsersPerAccount: 5000.");
                    });
            removeSeededNames();
            assertThatThrownBy(() -> iam.getUser(b -> b.userName("one-too-many")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e ->
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        }
    }

    @Test
    void givenAccountAtTheGroupQuota_whenCreateGroup_thenLimitExceeded() {
        seedUpTo("group", 300);
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.createGroup(b -> b.groupName("one-too-many")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("300");
                    });
        }
    }

    @Test
    void givenAccountAtTheRoleQuota_whenCreateRole_thenLimitExceeded() {
        seedUpTo("role", 1000);
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.createRole(b -> b.roleName("one-too-many").assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                            + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Cannot exceed quota for RolesPerAccount: 1000."));
        }
    }

    private void seedUpTo(String entityType, int quota) {
        long existing = jdbc.sql("select count(*) from command.iam_name where account_id = ? and entity_type = ?")
                .params(ACCOUNT_ID, entityType).query(Long.class).single();
        jdbc.sql("""
                        insert into command.iam_name (account_id, entity_type, name_lower, name, entity_id)
                        select ?, ?, 'seed-' || g, 'seed-' || g, 'SEED' || ? || g from generate_series(1, ?) g""")
                .params(ACCOUNT_ID, entityType, entityType, (int) (quota - existing)).update();
    }
}
