package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Access keys of IAM users: created with a derived secret, signing as the user, refused once inactive or deleted. */
@ExtendWith(OutputCaptureExtension.class)
class AccessKeysIT extends ServerTestSupport {

    @Test
    void givenUserKey_whenItSigns_thenCallerIsTheUserAndTheSecretIsInNoEventNorLog(CapturedOutput output) throws SQLException {
        String name = unique("dev");
        try (IamClient iam = iam(root())) {
            var user = iam.createUser(b -> b.userName(name)).user();
            allowSelfService(iam, name);
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            assertThat(key.accessKeyId()).startsWith("AKIA").hasSize(20);
            assertThat(key.secretAccessKey()).hasSize(40);
            assertThat(key.status()).isEqualTo(StatusType.ACTIVE);
            assertThat(key.userName()).isEqualTo(name);

            try (StsClient sts = sts(credentials(key.accessKeyId(), key.secretAccessKey()));
                 IamClient asUser = iam(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                var identity = sts.getCallerIdentity();
                assertThat(identity.arn()).isEqualTo(user.arn());
                assertThat(identity.userId()).isEqualTo(user.userId());
                assertThat(identity.account()).isEqualTo(ACCOUNT_ID);
                // Without a UserName: the calling user.
                assertThat(asUser.getUser().user().userId()).isEqualTo(user.userId());
                assertThat(asUser.listAccessKeys().accessKeyMetadata()).extracting(AccessKeyMetadata::accessKeyId)
                        .containsExactly(key.accessKeyId());
            }
            var lastUsed = iam.getAccessKeyLastUsed(b -> b.accessKeyId(key.accessKeyId()));
            assertThat(lastUsed.userName()).isEqualTo(name);
            assertThat(lastUsed.accessKeyLastUsed().lastUsedDate()).isNotNull();
            // The last call it signed was IAM's ListAccessKeys, in the region the client signed with (with an endpoint
            // override the SDK signs IAM calls for aws-global; against AWS it would be us-east-1).
            assertThat(lastUsed.accessKeyLastUsed().serviceName()).isEqualTo("iam");
            assertThat(lastUsed.accessKeyLastUsed().region()).isEqualTo("aws-global");
            AccessKey unused = iam.createAccessKey(b -> b.userName(name)).accessKey();
            var never = iam.getAccessKeyLastUsed(b -> b.accessKeyId(unused.accessKeyId())).accessKeyLastUsed();
            assertThat(never.lastUsedDate()).isNull();
            assertThat(never.serviceName()).isEqualTo("N/A");
            assertThat(output.getAll()).doesNotContain(key.secretAccessKey()).doesNotContain(unused.secretAccessKey());

            assertThat(occurrencesInEvents(key.secretAccessKey())).isZero();
            assertThat(occurrencesInEvents(key.accessKeyId())).isPositive();
        }
    }

    @Test
    void givenUserKey_whenDeactivatedThenDeleted_thenRefusedThenGone() {
        String name = unique("ops");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(name));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            try (StsClient sts = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                sts.getCallerIdentity(); // cached as active
                iam.updateAccessKey(b -> b.userName(name).accessKeyId(key.accessKeyId()).status(StatusType.INACTIVE));
                assertThat(iam.listAccessKeys(b -> b.userName(name)).accessKeyMetadata())
                        .extracting(AccessKeyMetadata::status).containsExactly(StatusType.INACTIVE);
                assertError(sts::getCallerIdentity, "InvalidClientTokenId", 403);

                iam.updateAccessKey(b -> b.userName(name).accessKeyId(key.accessKeyId()).status(StatusType.ACTIVE));
                sts.getCallerIdentity();

                assertThatThrownBy(() -> iam.deleteUser(b -> b.userName(name)))
                        .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
                            assertThat(e.awsErrorDetails().errorMessage())
                                    .isEqualTo("Cannot delete entity, must delete access keys first.");
                        });
                iam.deleteAccessKey(b -> b.userName(name).accessKeyId(key.accessKeyId()));
                assertError(sts::getCallerIdentity, "InvalidClientTokenId", 403);
                assertThat(iam.listAccessKeys(b -> b.userName(name)).accessKeyMetadata()).isEmpty();
                assertError(() -> iam.deleteAccessKey(b -> b.userName(name).accessKeyId(key.accessKeyId())),
                        "NoSuchEntity", 404);
                iam.deleteUser(b -> b.userName(name));
            }
        }
    }

    @Test
    void givenTwoKeys_whenAThirdIsCreated_thenLimitExceeded() {
        String name = unique("many");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(name));
            iam.createAccessKey(b -> b.userName(name));
            iam.createAccessKey(b -> b.userName(name));
            assertThatThrownBy(() -> iam.createAccessKey(b -> b.userName(name)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot exceed quota for AccessKeysPerUser: 2.");
                    });
            assertThat(iam.listAccessKeys(b -> b.userName(name)).accessKeyMetadata()).hasSize(2);
            assertError(() -> iam.createAccessKey(b -> b.userName("ghost-" + name)), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenUserKey_whenUserCreatesItsOwnSecondKey_thenItBelongsToTheCaller() {
        String name = unique("self");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(name));
            allowSelfService(iam, name);
            AccessKey first = iam.createAccessKey(b -> b.userName(name)).accessKey();
            try (IamClient asUser = iam(credentials(first.accessKeyId(), first.secretAccessKey()))) {
                AccessKey second = asUser.createAccessKey().accessKey();
                assertThat(second.userName()).isEqualTo(name);
                assertThat(iam.listAccessKeys(b -> b.userName(name)).accessKeyMetadata()).hasSize(2);
            }
        }
    }

    @Test
    void givenUserKey_whenUserRenamedAndMoved_thenTheKeySignsAsTheNewArn() {
        String name = unique("Renamed");
        String newName = unique("new");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(name));
            AccessKey key = iam.createAccessKey(b -> b.userName(name.toLowerCase())).accessKey();
            assertThat(key.userName()).isEqualTo(name); // as created, not as typed
            try (StsClient sts = sts(credentials(key.accessKeyId(), key.secretAccessKey()))) {
                assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":user/" + name);
                iam.updateUser(b -> b.userName(name).newUserName(newName).newPath("/x/"));
                assertThat(sts.getCallerIdentity().arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":user/x/" + newName);
            }
        }
    }

    @Test
    void givenRootCredentials_whenListAccessKeysWithoutUserName_thenTheRootKeyOfTheAccount() {
        try (IamClient iam = iam(root())) {
            assertThat(iam.listAccessKeys().accessKeyMetadata()).extracting(AccessKeyMetadata::accessKeyId)
                    .contains(ROOT_ACCESS_KEY_ID);
            assertError(() -> iam.getAccessKeyLastUsed(b -> b.accessKeyId("AKIAUNKNOWNKEY000000")), "NoSuchEntity", 404);
        }
    }

    private static long occurrencesInEvents(String text) throws SQLException {
        try (var connection = DriverManager.getConnection(DATABASE.jdbcUrl(), DATABASE.user(), DATABASE.password());
             var statement = connection.prepareStatement("select count(*) from command.domain_event_entry "
                     + "where position(convert_to(?, 'UTF8') in payload) > 0 "
                     + "or position(convert_to(?, 'UTF8') in coalesce(meta_data, ''::bytea)) > 0")) {
            statement.setString(1, text);
            statement.setString(2, text);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The user may read itself and manage its own keys: its own ARN through a policy variable (EVAL-12). */
    private static void allowSelfService(IamClient iam, String userName) {
        iam.putUserPolicy(b -> b.userName(userName).policyName("self-service").policyDocument("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Action":["iam:GetUser","iam:ListAccessKeys","iam:CreateAccessKey"],
                 "Resource":"arn:aws:iam::*:user/${aws:username}"}]}"""));
    }
}
