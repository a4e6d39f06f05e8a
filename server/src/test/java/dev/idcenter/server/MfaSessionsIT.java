package dev.idcenter.server;

import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.credentials.CredentialResolver;
import dev.idcenter.command.mfa.Base32;
import dev.idcenter.command.mfa.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MFA through STS, end to end: a role whose trust asks for MFA is assumed only with a fresh code of the caller's
 * own enabled device (STS-1), and GetSessionToken credentials call IAM only when MFA was presented (STS-6).
 * Codes are made from the seed the device returned, as an authenticator app makes them.
 */
class MfaSessionsIT extends ServerTestSupport {

    private static final String ALLOW_ALL = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    @Autowired
    CredentialResolver resolver;

    /** A user with an enabled virtual MFA device, its keys, and the seed an authenticator app would keep. */
    private record MfaUser(String arn, AwsCredentialsProvider keys, String serialNumber, byte[] seed, long step) {

        String code(long offset) {
            return Totp.code(seed, step + offset);
        }
    }

    @Test
    void givenATrustThatAsksForMfa_whenAssumedWithoutOrWithAFreshCodeOrWithItAgain_thenOnlyTheFreshCodeGetsIn() {
        MfaUser alice = userWithDevice("alice");
        String roleName = unique("needs-mfa");
        String roleArn;
        try (IamClient iam = iam(root())) {
            roleArn = iam.createRole(b -> b.roleName(roleName).assumeRolePolicyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"%s"},
                     "Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"""
                    .formatted(alice.arn()))).role().arn();
        }
        try (StsClient sts = sts(alice.keys())) {
            assertAccessDenied(() -> sts.assumeRole(b -> b.roleArn(roleArn).roleSessionName("no-mfa")));
            assertAccessDenied(() -> sts.assumeRole(b -> b.roleArn(roleArn).roleSessionName("wrong-code")
                    .serialNumber(alice.serialNumber()).tokenCode(wrong(alice.code(1)))));

            Credentials credentials = sts.assumeRole(b -> b.roleArn(roleArn).roleSessionName("with-mfa")
                    .serialNumber(alice.serialNumber()).tokenCode(alice.code(1))).credentials();
            assertThat(sessionOf(credentials).mfaAuthenticated()).isTrue();

            // A one-time code is spent once.
            assertAccessDenied(() -> sts.assumeRole(b -> b.roleArn(roleArn).roleSessionName("replayed")
                    .serialNumber(alice.serialNumber()).tokenCode(alice.code(1))));
        }
    }

    @Test
    void givenSessionTokens_whenTheyCallIam_thenOnlyThoseIssuedWithMfaMay() {
        MfaUser bob = userWithDevice("bob");
        try (StsClient sts = sts(bob.keys())) {
            Credentials plain = sts.getSessionToken().credentials();
            Credentials withMfa = sts.getSessionToken(b -> b.serialNumber(bob.serialNumber()).tokenCode(bob.code(1)))
                    .credentials();
            assertThat(sessionOf(plain).mfaAuthenticated()).isFalse();
            assertThat(sessionOf(withMfa).mfaAuthenticated()).isTrue();

            try (IamClient withoutMfa = iam(session(plain)); IamClient mfa = iam(session(withMfa));
                 StsClient plainSts = sts(session(plain))) {
                assertThatThrownBy(withoutMfa::listRoles).isInstanceOfSatisfying(AwsServiceException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).contains("issued with MFA"));
                assertThat(mfa.listRoles().roles()).isNotNull();
                // Of STS, such credentials may still ask who they are.
                assertThat(plainSts.getCallerIdentity().arn()).isEqualTo(bob.arn());
            }
        }
    }

    /**
     * A user allowed everything, with a device enabled by the codes of the step before and of this step, so that the
     * next step's code is the fresh one the tests present. Starts early enough in a 30 s step for the test to end
     * within the server's one-step window.
     */
    private MfaUser userWithDevice(String prefix) {
        awaitEarlyInAStep();
        String name = unique(prefix);
        try (IamClient iam = iam(root())) {
            String arn = iam.createUser(b -> b.userName(name)).user().arn();
            iam.putUserPolicy(b -> b.userName(name).policyName("all").policyDocument(ALLOW_ALL));
            var device = iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique(prefix + "-phone")))
                    .virtualMFADevice();
            byte[] seed = Base32.decode(device.base32StringSeed().asUtf8String());
            long step = Totp.step(Instant.now());
            iam.enableMFADevice(b -> b.userName(name).serialNumber(device.serialNumber())
                    .authenticationCode1(Totp.code(seed, step - 1)).authenticationCode2(Totp.code(seed, step)));
            AccessKey key = iam.createAccessKey(b -> b.userName(name)).accessKey();
            return new MfaUser(arn, credentials(key.accessKeyId(), key.secretAccessKey()), device.serialNumber(), seed,
                    step);
        }
    }

    /** Waits (at most 8 s) until the current 30 s TOTP step has at least 22 s left. */
    private static void awaitEarlyInAStep() {
        long intoStep = Instant.now().getEpochSecond() % 30;
        if (intoStep > 8) {
            try {
                Thread.sleep((30 - intoStep) * 1000L + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private SessionContext sessionOf(Credentials credentials) {
        return resolver.resolve(credentials.accessKeyId(), Optional.of(credentials.sessionToken())).orElseThrow()
                .principal().session();
    }

    private static AwsCredentialsProvider session(Credentials credentials) {
        return StaticCredentialsProvider.create(AwsSessionCredentials.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken()));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static void assertAccessDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        });
    }
}
