package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;
import software.amazon.awssdk.services.iam.model.Tag;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customer and AWS managed policies and their versions over the wire with the real SDK (IAM-4, IAM-5, IAM-7). */
class ManagedPoliciesIT extends ServerTestSupport {

    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT_ID + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
    static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
    static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

    @Test
    void givenNewPolicy_whenCreatedThenReadAtOnce_thenTheSamePolicyAndDocumentAreReadBack() {
        String name = unique("reader");
        try (IamClient iam = iam(root())) {
            Policy created = iam.createPolicy(b -> b.policyName(name).path("/team/").policyDocument(READ)
                    .description("Reads objects").tags(tag("team", "platform"))).policy();
            Policy read = iam.getPolicy(b -> b.policyArn(created.arn())).policy();

            assertThat(created.policyId()).startsWith("ANPA").hasSize(21);
            assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":policy/team/" + name);
            assertThat(created.defaultVersionId()).isEqualTo("v1");
            assertThat(created.isAttachable()).isTrue();
            assertThat(read.policyId()).isEqualTo(created.policyId());
            assertThat(read.policyName()).isEqualTo(name);
            assertThat(read.path()).isEqualTo("/team/");
            assertThat(read.description()).isEqualTo("Reads objects");
            assertThat(read.attachmentCount()).isZero();
            assertThat(read.isAttachable()).isTrue();
            assertThat(read.createDate()).isEqualTo(created.createDate());
            assertThat(read.updateDate()).isEqualTo(created.createDate());
            assertThat(read.tags()).containsExactly(tag("team", "platform"));

            PolicyVersion v1 = iam.getPolicyVersion(b -> b.policyArn(created.arn()).versionId("v1")).policyVersion();
            assertThat(v1.isDefaultVersion()).isTrue();
            assertThat(URLDecoder.decode(v1.document(), StandardCharsets.UTF_8)).isEqualTo(READ);
        }
    }

    @Test
    void givenExistingPolicy_whenSameNameInOtherCaseAndOtherPath_thenEntityAlreadyExists() {
        String name = unique("dup");
        try (IamClient iam = iam(root())) {
            iam.createPolicy(b -> b.policyName(name).policyDocument(READ));
            assertError(() -> iam.createPolicy(b -> b.policyName(name.toUpperCase()).path("/other/").policyDocument(READ)),
                    "EntityAlreadyExists", 409);
        }
    }

    @Test
    void givenBadOrOversizedDocument_whenCreated_thenMalformedOrLimitExceededAndNoPolicy() {
        String name = unique("bad");
        String arn = "arn:aws:iam::" + ACCOUNT_ID + ":policy/" + name;
        try (IamClient iam = iam(root())) {
            assertError(() -> iam.createPolicy(b -> b.policyName(name).policyDocument("{\"Statement\":[]")),
                    "MalformedPolicyDocument", 400);
            assertError(() -> iam.createPolicy(b -> b.policyName(name).policyDocument(TRUST)),
                    "MalformedPolicyDocument", 400);
            assertError(() -> iam.createPolicy(b -> b.policyName(name).policyDocument(bigDocument())),
                    "LimitExceeded", 409);
            assertError(() -> iam.getPolicy(b -> b.policyArn(arn)), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenPolicy_whenVersionsCreatedUpToTheLimitAndDeleted_thenEveryRuleHolds() {
        String name = unique("versioned");
        try (IamClient iam = iam(root())) {
            String arn = iam.createPolicy(b -> b.policyName(name).policyDocument(READ)).policy().arn();
            for (int i = 2; i <= 5; i++) {
                boolean asDefault = i == 3;
                PolicyVersion v = iam.createPolicyVersion(b -> b.policyArn(arn).policyDocument(write("v")).setAsDefault(asDefault))
                        .policyVersion();
                assertThat(v.versionId()).isEqualTo("v" + i);
                assertThat(v.isDefaultVersion()).isEqualTo(asDefault);
            }
            // IAM-4: at most 5 versions.
            assertThatThrownBy(() -> iam.createPolicyVersion(b -> b.policyArn(arn).policyDocument(READ)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("A managed policy can have up to 5 "
                                + "versions. Before you create a new version, you must delete an existing version.");
                    });
            var versions = iam.listPolicyVersions(b -> b.policyArn(arn)).versions();
            assertThat(versions).extracting(PolicyVersion::versionId).containsExactly("v5", "v4", "v3", "v2", "v1");
            assertThat(versions).filteredOn(PolicyVersion::isDefaultVersion).extracting(PolicyVersion::versionId)
                    .containsExactly("v3");
            assertThat(iam.getPolicy(b -> b.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v3");
            var page = iam.listPolicyVersions(b -> b.policyArn(arn).maxItems(2));
            assertThat(page.isTruncated()).isTrue();
            assertThat(iam.listPolicyVersions(b -> b.policyArn(arn).marker(page.marker())).versions()).hasSize(3);

            assertError(() -> iam.deletePolicyVersion(b -> b.policyArn(arn).versionId("v3")), "DeleteConflict", 409);
            assertError(() -> iam.deletePolicy(b -> b.policyArn(arn)), "DeleteConflict", 409);
            assertError(() -> iam.getPolicyVersion(b -> b.policyArn(arn).versionId("v9")), "NoSuchEntity", 404);
            assertError(() -> iam.setDefaultPolicyVersion(b -> b.policyArn(arn).versionId("v9")), "NoSuchEntity", 404);

            iam.setDefaultPolicyVersion(b -> b.policyArn(arn).versionId("v5"));
            for (String v : List.of("v1", "v2", "v3", "v4")) {
                iam.deletePolicyVersion(b -> b.policyArn(arn).versionId(v));
            }
            // Version ids are never reused.
            assertThat(iam.createPolicyVersion(b -> b.policyArn(arn).policyDocument(READ)).policyVersion().versionId())
                    .isEqualTo("v6");
            iam.deletePolicyVersion(b -> b.policyArn(arn).versionId("v6"));
            Policy policy = iam.getPolicy(b -> b.policyArn(arn)).policy();
            assertThat(policy.defaultVersionId()).isEqualTo("v5");
            assertThat(policy.updateDate()).isAfterOrEqualTo(policy.createDate());
            PolicyVersion v5 = iam.getPolicyVersion(b -> b.policyArn(arn).versionId("v5")).policyVersion();
            assertThat(URLDecoder.decode(v5.document(), StandardCharsets.UTF_8)).isEqualTo(write("v"));

            iam.deletePolicy(b -> b.policyArn(arn));
            assertError(() -> iam.getPolicy(b -> b.policyArn(arn)), "NoSuchEntity", 404);
            assertError(() -> iam.listPolicyVersions(b -> b.policyArn(arn)), "NoSuchEntity", 404);
            assertError(() -> iam.deletePolicy(b -> b.policyArn(arn)), "NoSuchEntity", 404);
            // The name is free again.
            iam.createPolicy(b -> b.policyName(name).policyDocument(READ));
        }
    }

    @Test
    void givenAttachedPolicy_whenDeleted_thenDeleteConflictUntilDetached() {
        String name = unique("attached");
        String role = unique("holder");
        try (IamClient iam = iam(root())) {
            String arn = iam.createPolicy(b -> b.policyName(name).policyDocument(READ)).policy().arn();
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
            iam.attachRolePolicy(b -> b.roleName(role).policyArn(arn));
            assertThat(iam.getPolicy(b -> b.policyArn(arn)).policy().attachmentCount()).isEqualTo(1);

            assertThatThrownBy(() -> iam.deletePolicy(b -> b.policyArn(arn)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot delete a policy attached to entities.");
                    });
            iam.detachRolePolicy(b -> b.roleName(role).policyArn(arn));
            iam.deletePolicy(b -> b.policyArn(arn));
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(role).policyArn(arn)), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenPoliciesUnderAPath_whenListedByScopePrefixAttachmentAndPage_thenFilteredInNameOrder() {
        String path = "/" + unique("list") + "/";
        String role = unique("lister");
        try (IamClient iam = iam(root())) {
            List<String> arns = new ArrayList<>();
            for (String name : new String[] {"c-policy", "a-policy", "b-policy"}) {
                arns.add(iam.createPolicy(b -> b.policyName(unique(name)).path(path).policyDocument(READ)).policy().arn());
            }
            var first = iam.listPolicies(b -> b.scope(PolicyScopeType.LOCAL).pathPrefix(path).maxItems(2));
            var second = iam.listPolicies(b -> b.scope(PolicyScopeType.LOCAL).pathPrefix(path).maxItems(2)
                    .marker(first.marker()));
            assertThat(first.isTruncated()).isTrue();
            assertThat(first.policies()).extracting(Policy::policyName)
                    .allMatch(n -> n.startsWith("a-policy") || n.startsWith("b-policy")).hasSize(2);
            assertThat(second.policies()).extracting(Policy::policyName).singleElement()
                    .matches(n -> n.startsWith("c-policy"));
            assertThat(second.isTruncated()).isFalse();

            // Scope: AWS shows only AWS's; All shows both; Local none of AWS's.
            assertThat(iam.listPolicies(b -> b.scope(PolicyScopeType.AWS).pathPrefix(path)).policies()).isEmpty();
            assertThat(iam.listPolicies(b -> b.scope(PolicyScopeType.ALL).pathPrefix(path)).policies()).hasSize(3);
            List<String> awsArns = iam.listPoliciesPaginator(b -> b.scope(PolicyScopeType.AWS)).policies().stream()
                    .map(Policy::arn).toList();
            assertThat(awsArns).contains(ADMIN, "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
                    .allMatch(a -> a.startsWith("arn:aws:iam::aws:policy/"));
            List<String> all = iam.listPoliciesPaginator(b -> b.maxItems(7)).policies().stream().map(Policy::arn).toList();
            assertThat(all).containsAll(awsArns).containsAll(arns).doesNotHaveDuplicates();
            assertThat(iam.listPolicies(b -> b.scope(PolicyScopeType.LOCAL)).policies())
                    .noneMatch(p -> p.arn().startsWith("arn:aws:iam::aws:"));
            assertThat(iam.listPolicies(b -> b.scope(PolicyScopeType.AWS).pathPrefix("/job-function/")).policies())
                    .extracting(Policy::policyName).contains("ViewOnlyAccess");

            // OnlyAttached.
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
            iam.attachRolePolicy(b -> b.roleName(role).policyArn(arns.get(1)));
            assertThat(iam.listPolicies(b -> b.pathPrefix(path).onlyAttached(true)).policies())
                    .extracting(Policy::arn).containsExactly(arns.get(1));
            iam.detachRolePolicy(b -> b.roleName(role).policyArn(arns.get(1)));
            assertThat(iam.listPolicies(b -> b.pathPrefix(path).onlyAttached(true)).policies()).isEmpty();
        }
    }

    @Test
    void givenAwsManagedPolicies_whenRead_thenVisibleWithTheirDocumentsAndNeverChangeable() {
        try (IamClient iam = iam(root())) {
            Policy admin = iam.getPolicy(b -> b.policyArn(ADMIN)).policy();
            assertThat(admin.policyName()).isEqualTo("AdministratorAccess");
            assertThat(admin.path()).isEqualTo("/");
            assertThat(admin.policyId()).startsWith("ANPA").hasSize(21);
            assertThat(admin.defaultVersionId()).isEqualTo("v1");
            assertThat(admin.isAttachable()).isTrue();
            PolicyVersion doc = iam.getPolicyVersion(b -> b.policyArn(ADMIN).versionId("v1")).policyVersion();
            assertThat(URLDecoder.decode(doc.document(), StandardCharsets.UTF_8)).isEqualTo(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
            assertThat(iam.listPolicyVersions(b -> b.policyArn(ADMIN)).versions()).extracting(PolicyVersion::versionId)
                    .containsExactly("v1");
            for (String name : List.of("PowerUserAccess", "ReadOnlyAccess", "IAMFullAccess", "IAMReadOnlyAccess",
                    "SecurityAudit", "job-function/ViewOnlyAccess", "AWSOrganizationsFullAccess",
                    "AWSSSOMasterAccountAdministrator", "AWSSSOMemberAccountAdministrator")) {
                String arn = "arn:aws:iam::aws:policy/" + name;
                assertThat(iam.getPolicy(b -> b.policyArn(arn)).policy().arn()).isEqualTo(arn);
                assertThat(iam.getPolicyVersion(b -> b.policyArn(arn).versionId("v1")).policyVersion().document()).isNotBlank();
            }

            assertThat(iam.getPolicy(b -> b.policyArn("arn:aws:iam::aws:policy/aws-service-role/AWSSSOServiceRolePolicy"))
                    .policy().isAttachable()).isFalse();
            String ownUnderServicePath = iam.createPolicy(b -> b.policyName(unique("svc")).path("/aws-service-role/")
                    .policyDocument(READ)).policy().arn();
            assertThat(iam.getPolicy(b -> b.policyArn(ownUnderServicePath)).policy().isAttachable()).isTrue();

            assertError(() -> iam.deletePolicy(b -> b.policyArn(ADMIN)), "AccessDenied", 403);
            assertError(() -> iam.createPolicyVersion(b -> b.policyArn(ADMIN).policyDocument(READ)), "AccessDenied", 403);
            assertError(() -> iam.deletePolicyVersion(b -> b.policyArn(ADMIN).versionId("v1")), "AccessDenied", 403);
            assertError(() -> iam.setDefaultPolicyVersion(b -> b.policyArn(ADMIN).versionId("v1")), "AccessDenied", 403);
            assertError(() -> iam.tagPolicy(b -> b.policyArn(ADMIN).tags(tag("a", "b"))), "AccessDenied", 403);
            assertThat(iam.getPolicy(b -> b.policyArn(ADMIN)).policy().policyName()).isEqualTo("AdministratorAccess");
        }
    }

    @Test
    void givenUnknownForeignOrMalformedArns_whenRead_thenNoSuchEntityOrInvalidInput() {
        try (IamClient iam = iam(root())) {
            assertError(() -> iam.getPolicy(b -> b.policyArn("arn:aws:iam::aws:policy/NoSuchPolicyAtAll")), "NoSuchEntity", 404);
            String mine = iam.createPolicy(b -> b.policyName(unique("mine")).policyDocument(READ)).policy().arn();
            // The same policy seen through another account's ARN is never resolved as local.
            String foreign = mine.replace(ACCOUNT_ID, "999988887777");
            assertError(() -> iam.getPolicy(b -> b.policyArn(foreign)), "NoSuchEntity", 404);
            assertError(() -> iam.getPolicyVersion(b -> b.policyArn(foreign).versionId("v1")), "NoSuchEntity", 404);
            assertError(() -> iam.deletePolicy(b -> b.policyArn(foreign)), "NoSuchEntity", 404);
            assertError(() -> iam.getPolicy(b -> b.policyArn("arn:aws:iam::" + ACCOUNT_ID + ":role/x")), "InvalidInput", 400);
        }
    }

    @Test
    void givenPolicy_whenTaggedAndUntagged_thenListPolicyTagsShowsThem() {
        try (IamClient iam = iam(root())) {
            String arn = iam.createPolicy(b -> b.policyName(unique("tagged")).policyDocument(READ)
                    .tags(tag("a", "1"), tag("b", "2"))).policy().arn();
            iam.tagPolicy(b -> b.policyArn(arn).tags(tag("A", "one"), tag("c", "3")));
            iam.untagPolicy(b -> b.policyArn(arn).tagKeys("B"));
            assertThat(iam.listPolicyTags(b -> b.policyArn(arn)).tags()).containsExactly(tag("A", "one"), tag("c", "3"));
            assertThat(iam.getPolicy(b -> b.policyArn(arn)).policy().tags()).hasSize(2);
            var page = iam.listPolicyTags(b -> b.policyArn(arn).maxItems(1));
            assertThat(page.isTruncated()).isTrue();
            assertThat(page.tags()).containsExactly(tag("A", "one"));
        }
    }

    static String write(String marker) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + marker + "\",\"Effect\":\"Allow\","
                + "\"Action\":\"s3:PutObject\",\"Resource\":\"*\"}]}";
    }

    static String bigDocument() {
        String actions = IntStream.range(0, 400).mapToObj(i -> "\"s3:GetObjectVersion" + i + "\"")
                .collect(Collectors.joining(","));
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + actions
                + "],\"Resource\":\"*\"}]}";
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
