package dev.idcenter.server;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** IAM roles over the wire with the real SDK: every change an event, every read from the query side's projection. */
class RolesIT extends ServerTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + ACCOUNT_ID + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    @Test
    void givenNewRole_whenCreatedThenReadAtOnce_thenTheSameRoleIsReadBack() {
        String name = unique("deployer");
        try (IamClient iam = iam(root())) {
            Role created = iam.createRole(b -> b.roleName(name).path("/ci/").assumeRolePolicyDocument(TRUST)
                    .description("Deploys").maxSessionDuration(7200).tags(tag("team", "platform"))).role();
            // Read-your-writes: no waiting between the write and the read.
            Role read = iam.getRole(b -> b.roleName(name.toUpperCase())).role();

            assertThat(created.roleId()).startsWith("AROA").hasSize(21);
            assertThat(created.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":role/ci/" + name);
            assertThat(read.roleId()).isEqualTo(created.roleId());
            assertThat(read.roleName()).isEqualTo(name);
            assertThat(read.path()).isEqualTo("/ci/");
            assertThat(read.description()).isEqualTo("Deploys");
            assertThat(read.maxSessionDuration()).isEqualTo(7200);
            assertThat(read.createDate()).isEqualTo(created.createDate());
            assertThat(read.tags()).containsExactly(tag("team", "platform"));
            assertThat(URLDecoder.decode(read.assumeRolePolicyDocument(), StandardCharsets.UTF_8)).isEqualTo(TRUST);
        }
    }

    @Test
    void givenExistingRole_whenSameNameInOtherCase_thenEntityAlreadyExists() {
        String name = unique("dup");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
            assertError(() -> iam.createRole(b -> b.roleName(name.toUpperCase()).assumeRolePolicyDocument(TRUST)),
                    "EntityAlreadyExists", 409);
        }
    }

    @Test
    void givenBadTrustPolicy_whenCreated_thenMalformedPolicyDocumentAndNoRole() {
        String name = unique("bad");
        try (IamClient iam = iam(root())) {
            assertError(() -> iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(READ)),
                    "MalformedPolicyDocument", 400);
            assertError(() -> iam.getRole(b -> b.roleName(name)), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenRole_whenUpdatedTaggedBoundedAndGivenInlinePolicies_thenReadsShowEveryChange() {
        String name = unique("worker");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST).tags(tag("a", "1"), tag("b", "2")));
            iam.updateRole(b -> b.roleName(name).maxSessionDuration(43200).description("Works"));
            assertThat(iam.updateRoleDescription(b -> b.roleName(name).description("Works hard")).role().description())
                    .isEqualTo("Works hard");
            iam.tagRole(b -> b.roleName(name).tags(tag("A", "one"), tag("c", "3")));
            iam.untagRole(b -> b.roleName(name).tagKeys("B"));
            iam.putRolePermissionsBoundary(b -> b.roleName(name).permissionsBoundary("arn:aws:iam::aws:policy/PowerUserAccess"));
            iam.putRolePolicy(b -> b.roleName(name).policyName("read").policyDocument(READ));
            iam.updateAssumeRolePolicy(b -> b.roleName(name).policyDocument(TRUST));

            Role role = iam.getRole(b -> b.roleName(name)).role();
            assertThat(role.maxSessionDuration()).isEqualTo(43200);
            assertThat(role.description()).isEqualTo("Works hard");
            assertThat(role.tags()).containsExactly(tag("A", "one"), tag("c", "3"));
            assertThat(role.permissionsBoundary().permissionsBoundaryArn()).isEqualTo("arn:aws:iam::aws:policy/PowerUserAccess");
            assertThat(iam.listRoleTags(b -> b.roleName(name)).tags()).hasSize(2);
            assertThat(iam.listRolePolicies(b -> b.roleName(name)).policyNames()).containsExactly("read");
            var policy = iam.getRolePolicy(b -> b.roleName(name).policyName("read"));
            assertThat(URLDecoder.decode(policy.policyDocument(), StandardCharsets.UTF_8)).isEqualTo(READ);

            // DeleteConflict while an inline policy remains; then it goes, and so does the role.
            assertError(() -> iam.deleteRole(b -> b.roleName(name)), "DeleteConflict", 409);
            iam.deleteRolePermissionsBoundary(b -> b.roleName(name));
            iam.deleteRolePolicy(b -> b.roleName(name).policyName("read"));
            assertError(() -> iam.getRolePolicy(b -> b.roleName(name).policyName("read")), "NoSuchEntity", 404);
            iam.deleteRole(b -> b.roleName(name));
            assertError(() -> iam.getRole(b -> b.roleName(name)), "NoSuchEntity", 404);
            // The name is free again.
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
            assertThat(iam.getRole(b -> b.roleName(name)).role().permissionsBoundary()).isNull();
        }
    }

    // GetRole answers from memory until the views change: every read after a write must show that write.
    @Test
    void givenRoleReadBetweenEveryChange_whenChangedAgain_thenEveryReadShowsTheLatestChange() {
        String name = unique("cached");
        try (IamClient iam = iam(root())) {
            assertError(() -> iam.getRole(b -> b.roleName(name)), "NoSuchEntity", 404);
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
            assertThat(iam.getRole(b -> b.roleName(name)).role().description()).isNull();
            for (int i = 1; i <= 5; i++) {
                String description = "version " + i;
                iam.updateRoleDescription(b -> b.roleName(name).description(description));
                assertThat(iam.getRole(b -> b.roleName(name)).role().description()).isEqualTo(description);
                assertThat(iam.getRole(b -> b.roleName(name.toUpperCase())).role().description()).isEqualTo(description);
            }
            iam.tagRole(b -> b.roleName(name).tags(tag("stage", "prod")));
            assertThat(iam.getRole(b -> b.roleName(name)).role().tags()).containsExactly(tag("stage", "prod"));
            iam.deleteRole(b -> b.roleName(name));
            assertError(() -> iam.getRole(b -> b.roleName(name)), "NoSuchEntity", 404);
        }
    }

    // A process that did not hold the projection's segment for a while cannot know what was written meanwhile (by
    // another process's projection): claiming the segment again moves on from anything it kept in memory.
    @Test
    void givenRoleCached_whenTheViewChangesWhileTheProjectionIsReleased_thenTheReadAfterTheClaimShowsTheChange() {
        String name = unique("reclaimed");
        StreamingEventProcessor processor = processing.eventProcessor("iam-views", StreamingEventProcessor.class)
                .orElseThrow();
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
            assertThat(iam.getRole(b -> b.roleName(name)).role().description()).isNull();

            // longer than the processor may wait for events before it looks at the release (about a second)
            processor.releaseSegment(0, 5, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().isEmpty());
            // what another process's projection would have written meanwhile
            assertThat(jdbc.sql("update query.iam_role set description = 'written elsewhere' "
                    + "where account_id = ? and role_name = ?").params(ACCOUNT_ID, name).update()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().containsKey(0));

            assertThat(iam.getRole(b -> b.roleName(name)).role().description()).isEqualTo("written elsewhere");
        }
    }

    @Test
    void givenRolesUnderAPath_whenListedWithPrefixAndMaxItems_thenPagedInNameOrder() {
        String path = "/" + unique("team") + "/";
        try (IamClient iam = iam(root())) {
            for (String name : new String[] {"c-role", "a-role", "b-role"}) {
                iam.createRole(b -> b.roleName(unique(name)).path(path).assumeRolePolicyDocument(TRUST));
            }
            var first = iam.listRoles(b -> b.pathPrefix(path).maxItems(2));
            var second = iam.listRoles(b -> b.pathPrefix(path).maxItems(2).marker(first.marker()));

            assertThat(first.isTruncated()).isTrue();
            assertThat(first.roles()).extracting(Role::roleName).allMatch(n -> n.startsWith("a-role") || n.startsWith("b-role"));
            assertThat(second.roles()).extracting(Role::roleName).singleElement().matches(n -> n.startsWith("c-role"));
            assertThat(second.isTruncated()).isFalse();
        }
    }

    @Test
    void givenManyWritersOnOneRole_whenTaggingConcurrently_thenNoUpdateIsLost() throws Exception {
        String name = unique("contended");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                var calls = java.util.stream.IntStream.range(0, 24).mapToObj(i -> pool.submit(() ->
                        iam.tagRole(b -> b.roleName(name).tags(tag("k" + i, "v" + i))))).toList();
                for (var call : calls) {
                    call.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            // Every writer's change is there: optimistic concurrency on the aggregate, no lost update.
            assertThat(iam.listRoleTags(b -> b.roleName(name)).tags()).hasSize(24);
        }
    }

    @Test
    void givenTrustNamingAPrincipal_whenSaved_thenItMustExistAndIsBoundToItsUniqueId() {
        // IAM-3: a trust policy names principals by ARN, but trusts the principal that existed when it was saved.
        String trusted = unique("trusted");
        String trusting = unique("trusting");
        String trustedArn = "arn:aws:iam::" + ACCOUNT_ID + ":role/" + trusted;
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"" + trustedArn + "\"},\"Action\":\"sts:AssumeRole\"}]}";
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.createRole(b -> b.roleName(trusting).assumeRolePolicyDocument(trust)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Invalid principal in policy: \"AWS\":\"" + trustedArn + "\"");
                    });
            String firstId = iam.createRole(b -> b.roleName(trusted).assumeRolePolicyDocument(TRUST)).role().roleId();
            // The very ARN: another path or another case of the name names nobody.
            for (String wrong : new String[] {trustedArn.replace(":role/", ":role/other/"), trustedArn.toUpperCase().replace("ARN:AWS:IAM::", "arn:aws:iam::")}) {
                String otherTrust = trust.replace(trustedArn, wrong);
                assertThatThrownBy(() -> iam.createRole(b -> b.roleName(trusting).assumeRolePolicyDocument(otherTrust)))
                        .isInstanceOfSatisfying(AwsServiceException.class, e ->
                                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument"));
            }
            iam.createRole(b -> b.roleName(trusting).assumeRolePolicyDocument(trust));
            iam.deleteRole(b -> b.roleName(trusted));
            String secondId = iam.createRole(b -> b.roleName(trusted).assumeRolePolicyDocument(TRUST)).role().roleId();

            assertThat(secondId).isNotEqualTo(firstId);
            // The trusting role still trusts the first principal only, whatever its name is now.
            assertThat(jdbc.sql("""
                            select count(*) from command.domain_event_entry
                             where payload_type like '%RoleTrustPrincipalsBound'
                               and convert_from(payload, 'UTF8') like ? and convert_from(payload, 'UTF8') not like ?""")
                    .params("%" + firstId + "%", "%" + secondId + "%").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void givenBoundaryPolicyThatDoesNotExist_whenSetOnARole_thenNoSuchEntityAndInvalidInputForABadArn() {
        String name = unique("bounded");
        try (IamClient iam = iam(root())) {
            assertError(() -> iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST)
                    .permissionsBoundary("arn:aws:iam::" + ACCOUNT_ID + ":policy/ghost")), "NoSuchEntity", 404);
            iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(TRUST));
            assertError(() -> iam.putRolePermissionsBoundary(b -> b.roleName(name)
                    .permissionsBoundary("arn:aws:iam::aws:policy/NoSuchAwsPolicy")), "NoSuchEntity", 404);
            assertError(() -> iam.putRolePermissionsBoundary(b -> b.roleName(name)
                    .permissionsBoundary("arn:aws:s3:::not-a-policy")), "InvalidInput", 400);
        }
    }

    @Test
    void givenNoSuchRole_whenChanged_thenNoSuchEntityNamingIt() {
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.tagRole(b -> b.roleName("ghost").tags(tag("a", "b"))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The role with name ghost cannot be found.");
                    });
        }
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
