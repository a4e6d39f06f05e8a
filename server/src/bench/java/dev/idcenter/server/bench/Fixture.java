package dev.idcenter.server.bench;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.iam.IamAsyncClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.sts.StsAsyncClient;

import java.util.concurrent.CompletionException;

/**
 * What the load scenarios need, created with the root credentials: an IAM user with an access key and an inline
 * policy allowing the calls, and a role trusting that user. The user is new on every run; the role is reused.
 */
final class Fixture {

    static final String ROLE_NAME = "load-driver-role";
    final String userName;
    final AwsCredentials user;
    final String roleArn;

    private Fixture(String userName, AwsCredentials user, String roleArn) {
        this.userName = userName;
        this.user = user;
        this.roleArn = roleArn;
    }

    static Fixture create(LoadDriver driver, AwsCredentials root) {
        IamAsyncClient iam = driver.iam(root);
        StsAsyncClient sts = driver.sts(root);
        String account = sts.getCallerIdentity().join().account();
        String userName = "load-driver-" + System.currentTimeMillis();
        String userArn = iam.createUser(b -> b.userName(userName)).join().user().arn();
        iam.putUserPolicy(b -> b.userName(userName).policyName("load-driver").policyDocument("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Action":["sts:AssumeRole","sts:GetCallerIdentity","iam:GetRole"],"Resource":"*"}]}""")).join();
        var key = iam.createAccessKey(b -> b.userName(userName)).join().accessKey();
        String trust = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                 "Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"sts:AssumeRole"}]}""".formatted(account);
        String roleArn;
        try {
            roleArn = iam.createRole(b -> b.roleName(ROLE_NAME).assumeRolePolicyDocument(trust)).join().role().arn();
            iam.putRolePolicy(b -> b.roleName(ROLE_NAME).policyName("load-driver").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                     "Action":["sts:GetCallerIdentity","iam:GetRole"],"Resource":"*"}]}""")).join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof EntityAlreadyExistsException)) {
                throw e;
            }
            roleArn = iam.getRole(b -> b.roleName(ROLE_NAME)).join().role().arn();
        }
        System.out.printf("fixture: created %s in account %s%n", userArn, account);
        return new Fixture(userName, AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()), roleArn);
    }

    /** Temporary credentials of the role, assumed by the fixture's user. */
    AwsCredentials assumeRole(LoadDriver driver, String sessionName) {
        var response = driver.sts(user).assumeRole(b -> b.roleArn(roleArn).roleSessionName(sessionName)
                .durationSeconds(3600)).join();
        return LoadDriver.sessionCredentials(response.credentials());
    }
}
