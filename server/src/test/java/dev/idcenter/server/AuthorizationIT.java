package dev.idcenter.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.awscore.exception.AwsServiceException;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every call made with an IAM user's keys is authorized by policy-engine before anything happens (EVAL-1..6), with
 * AWS's AccessDenied wording, and a denial changes nothing. Policies take effect on the caller's next call.
 */
class AuthorizationIT extends ServerTestSupport {

    private static final String READ_ROLES = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GetRole","iam:ListRoles"],"Resource":"*"}]}""";

    @Autowired
    private EventStorageEngine storage;

    @Test
    void givenAUserWithoutPolicies_whenItCreatesARole_thenAccessDeniedInAwsWordsAndNoRoleExists() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "bob");
            String roleName = unique("denied");
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()))) {
                assertThatThrownBy(() -> asBob.createRole(b -> b.roleName(roleName).path("/app/")
                        .assumeRolePolicyDocument(trustAccount())))
                        .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(403);
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                            assertThat(e.awsErrorDetails().errorMessage()).startsWith("User: " + bob.arn()
                                    + " is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::"
                                    + ACCOUNT_ID + ":role/app/" + roleName
                                    + " because no identity-based policy allows the iam:CreateRole action");
                        });
            }
            assertThatThrownBy(() -> admin.getRole(b -> b.roleName(roleName))).isInstanceOf(NoSuchEntityException.class);
        }
    }

    @Test
    void givenAPolicyPutByTheAdministrator_whenTheUserCallsNext_thenItIsAllowedAtOnce_andDeniedAgainOnceDeleted() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "reader");
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()))) {
                assertDenied(asBob::listRoles, "iam:ListRoles");
                admin.putUserPolicy(b -> b.userName(bob.name()).policyName("read").policyDocument(READ_ROLES));
                assertThat(asBob.listRoles().roles()).isNotNull();
                admin.deleteUserPolicy(b -> b.userName(bob.name()).policyName("read"));
                assertDenied(asBob::listRoles, "iam:ListRoles");
            }
        }
    }

    @Test
    void givenGroupMembership_whenTheGroupHasAPolicy_thenTheMemberMayUseIt() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "member");
            String group = unique("readers");
            admin.createGroup(b -> b.groupName(group));
            admin.attachGroupPolicy(b -> b.groupName(group).policyArn("arn:aws:iam::aws:policy/IAMReadOnlyAccess"));
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()))) {
                assertDenied(asBob::listUsers, "iam:ListUsers");
                admin.addUserToGroup(b -> b.groupName(group).userName(bob.name()));
                assertThat(asBob.listUsers().users()).isNotEmpty();
            }
        }
    }

    @Test
    void givenAnExplicitDeny_whenAdministratorAccessIsAttached_thenTheDenyWins_andGetCallerIdentityStillWorks() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "denied");
            admin.attachUserPolicy(b -> b.userName(bob.name()).policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
            admin.putUserPolicy(b -> b.userName(bob.name()).policyName("deny-all").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}"""));
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()));
                 StsClient stsAsBob = sts(credentials(bob.id(), bob.secret()))) {
                assertThatThrownBy(asBob::listRoles).isInstanceOfSatisfying(AwsServiceException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).contains(
                                "with an explicit deny in an identity-based policy"));
                // STS-6: no permission needed, not even under an explicit deny.
                assertThat(stsAsBob.getCallerIdentity().arn()).isEqualTo(bob.arn());
            }
        }
    }

    @Test
    void givenABoundary_whenTheUserHasAdministratorAccess_thenOnlyWhatTheBoundaryAllowsIsAllowed() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "bounded");
            admin.attachUserPolicy(b -> b.userName(bob.name()).policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
            admin.putUserPermissionsBoundary(b -> b.userName(bob.name())
                    .permissionsBoundary("arn:aws:iam::aws:policy/IAMReadOnlyAccess"));
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()))) {
                assertThat(asBob.listRoles().roles()).isNotNull();
                assertThatThrownBy(() -> asBob.createUser(b -> b.userName(unique("nope"))))
                        .isInstanceOfSatisfying(AwsServiceException.class, e ->
                                assertThat(e.awsErrorDetails().errorMessage()).contains(
                                        "because no permissions boundary allows the iam:CreateUser action"));
            }
        }
    }

    @Test
    void givenPrincipalTags_whenThePolicyUsesThemAsVariables_thenOnlyMatchingResourcesAreAllowed() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "tagged");
            admin.tagUser(b -> b.userName(bob.name()).tags(t -> t.key("team").value("blue")));
            String mine = "blue-" + unique("app");
            String theirs = "red-" + unique("app");
            admin.createRole(b -> b.roleName(mine).assumeRolePolicyDocument(trustAccount()));
            admin.createRole(b -> b.roleName(theirs).assumeRolePolicyDocument(trustAccount()));
            admin.putUserPolicy(b -> b.userName(bob.name()).policyName("team").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetRole",
                     "Resource":"arn:aws:iam::*:role/${aws:PrincipalTag/team}-*"}]}"""));
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()))) {
                assertThat(asBob.getRole(b -> b.roleName(mine)).role().roleName()).isEqualTo(mine);
                assertDenied(() -> asBob.getRole(b -> b.roleName(theirs)), "iam:GetRole");
            }
        }
    }

    @Test
    void givenADenial_whenTheUserMayDecodeAuthorizationMessages_thenTheDecodedMessageExplainsIt() throws Exception {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "decoder");
            admin.putUserPolicy(b -> b.userName(bob.name()).policyName("decode").policyDocument("""
                    {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:DecodeAuthorizationMessage","Resource":"*"},
                     {"Sid":"NoUsers","Effect":"Deny","Action":"iam:ListUsers","Resource":"*"}]}"""));
            try (IamClient asBob = iam(credentials(bob.id(), bob.secret()));
                 StsClient stsAsBob = sts(credentials(bob.id(), bob.secret()))) {
                String message = assertDenied(asBob::listUsers, "iam:ListUsers");
                String encoded = message.substring(message.indexOf("Encoded authorization failure message: ")
                        + "Encoded authorization failure message: ".length());
                JsonNode decoded = new ObjectMapper().readTree(stsAsBob.decodeAuthorizationMessage(
                        b -> b.encodedMessage(encoded)).decodedMessage());
                assertThat(decoded.path("allowed").asBoolean()).isFalse();
                assertThat(decoded.path("explicitDeny").asBoolean()).isTrue();
                assertThat(decoded.path("context").path("action").asText()).isEqualTo("iam:ListUsers");
                assertThat(decoded.path("matchedStatements").path("items").get(0).path("statementId").asText())
                        .isEqualTo("NoUsers");
                assertThatThrownBy(() -> stsAsBob.decodeAuthorizationMessage(b -> b.encodedMessage("garbage")))
                        .isInstanceOfSatisfying(AwsServiceException.class, e ->
                                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidAuthorizationMessageException"));
            }
        }
    }

    @Test
    void givenTheStoredEvents_whenTheAuthorizationViewIsRebuiltFromThem_thenItKnowsTheSameUsersAndPolicies() {
        try (IamClient admin = iam(root())) {
            Keys bob = userWithKey(admin, "replayed");
            admin.putUserPolicy(b -> b.userName(bob.name()).policyName("read").policyDocument(READ_ROLES));
            var rebuilt = dev.idcenter.command.authorization.AuthorizationViewRebuild.from(storage);
            var user = rebuilt.userNamed(ACCOUNT_ID, bob.name().toUpperCase()).orElseThrow();
            assertThat(user.arn()).isEqualTo(bob.arn());
            assertThat(user.policies().inline()).containsEntry("read", READ_ROLES);
        }
    }

    private record Keys(String name, String arn, String id, String secret) {
    }

    private static Keys userWithKey(IamClient admin, String prefix) {
        String name = unique(prefix);
        String arn = admin.createUser(b -> b.userName(name)).user().arn();
        AccessKey key = admin.createAccessKey(b -> b.userName(name)).accessKey();
        return new Keys(name, arn, key.accessKeyId(), key.secretAccessKey());
    }

    private static String assertDenied(Runnable call, String action) {
        try {
            call.run();
        } catch (AwsServiceException e) {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
            assertThat(e.awsErrorDetails().errorMessage()).contains("is not authorized to perform: " + action);
            return e.awsErrorDetails().errorMessage();
        } catch (SdkException e) {
            throw new AssertionError("expected AccessDenied", e);
        }
        throw new AssertionError("expected AccessDenied for " + action);
    }

    private static String trustAccount() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::%s:root"},"Action":"sts:AssumeRole"}]}"""
                .formatted(ACCOUNT_ID);
    }
}
