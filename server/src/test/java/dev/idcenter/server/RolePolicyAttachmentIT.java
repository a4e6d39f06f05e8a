package dev.idcenter.server;

import dev.idcenter.command.iam.policy.DeleteManagedPolicy;
import dev.idcenter.command.iam.role.AttachRoleManagedPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyUsageType;
import software.amazon.awssdk.services.iam.model.PolicyRole;

import java.util.List;

import static dev.idcenter.server.ManagedPoliciesIT.ADMIN;
import static dev.idcenter.server.ManagedPoliciesIT.READ;
import static dev.idcenter.server.ManagedPoliciesIT.TRUST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attaching managed policies to roles over the wire with the real SDK (IAM-4, IAM-5). */
class RolePolicyAttachmentIT extends ServerTestSupport {

    private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void givenRole_whenAwsAndOwnPoliciesAttached_thenListedCountedAndBlockingDeletion() {
        String role = unique("app");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(role).path("/apps/").assumeRolePolicyDocument(TRUST));
            String own = iam.createPolicy(b -> b.policyName(unique("own")).path("/mine/").policyDocument(READ)).policy().arn();
            int readOnlyBefore = iam.getPolicy(b -> b.policyArn(READ_ONLY)).policy().attachmentCount();

            iam.attachRolePolicy(b -> b.roleName(role).policyArn(READ_ONLY));
            iam.attachRolePolicy(b -> b.roleName(role.toUpperCase()).policyArn(own));
            iam.attachRolePolicy(b -> b.roleName(role).policyArn(own)); // again: no change, as in AWS

            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies())
                    .extracting(AttachedPolicy::policyArn).containsExactlyInAnyOrder(READ_ONLY, own);
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role).pathPrefix("/mine/")).attachedPolicies())
                    .singleElement().satisfies(p -> {
                        assertThat(p.policyArn()).isEqualTo(own);
                        assertThat(p.policyName()).startsWith("own-");
                    });
            var page = iam.listAttachedRolePolicies(b -> b.roleName(role).maxItems(1));
            assertThat(page.isTruncated()).isTrue();
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role).marker(page.marker())).attachedPolicies()).hasSize(1);
            assertThat(iam.getPolicy(b -> b.policyArn(own)).policy().attachmentCount()).isEqualTo(1);
            assertThat(iam.getPolicy(b -> b.policyArn(READ_ONLY)).policy().attachmentCount()).isEqualTo(readOnlyBefore + 1);

            var entities = iam.listEntitiesForPolicy(b -> b.policyArn(own));
            assertThat(entities.policyRoles()).extracting(PolicyRole::roleName).containsExactly(role);
            assertThat(entities.policyUsers()).isEmpty();
            assertThat(entities.policyGroups()).isEmpty();
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own).entityFilter(EntityType.ROLE).pathPrefix("/apps/"))
                    .policyRoles()).hasSize(1);
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own).pathPrefix("/elsewhere/")).policyRoles()).isEmpty();
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own).entityFilter(EntityType.USER)).policyRoles()).isEmpty();

            assertThatThrownBy(() -> iam.deleteRole(b -> b.roleName(role)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Cannot delete entity, must detach all policies first.");
                    });

            iam.detachRolePolicy(b -> b.roleName(role).policyArn(READ_ONLY));
            assertThatThrownBy(() -> iam.detachRolePolicy(b -> b.roleName(role).policyArn(READ_ONLY)))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Policy " + READ_ONLY + " is not attached to role " + role + ".");
                    });
            iam.detachRolePolicy(b -> b.roleName(role).policyArn(own));
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies()).isEmpty();
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own)).policyRoles()).isEmpty();
            assertThat(iam.getPolicy(b -> b.policyArn(READ_ONLY)).policy().attachmentCount()).isEqualTo(readOnlyBefore);
            iam.deleteRole(b -> b.roleName(role));
            iam.deletePolicy(b -> b.policyArn(own));
        }
    }

    @Test
    void givenTenAttachedPolicies_whenEleventhAttached_thenLimitExceeded() {
        String role = unique("crowded");
        List<String> awsPolicies = List.of("AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess", "IAMFullAccess",
                "IAMReadOnlyAccess", "SecurityAudit", "job-function/ViewOnlyAccess", "AWSOrganizationsFullAccess",
                "AWSSSOMasterAccountAdministrator", "AWSSSOMemberAccountAdministrator", "AWSSSOReadOnly");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
            for (String name : awsPolicies.subList(0, 10)) {
                iam.attachRolePolicy(b -> b.roleName(role).policyArn("arn:aws:iam::aws:policy/" + name));
            }
            assertThatThrownBy(() -> iam.attachRolePolicy(b -> b.roleName(role)
                    .policyArn("arn:aws:iam::aws:policy/" + awsPolicies.get(10))))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Cannot exceed quota for PoliciesPerRole: 10.");
                    });
            // Attaching one of the ten again is still fine.
            iam.attachRolePolicy(b -> b.roleName(role).policyArn(ADMIN));
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies()).hasSize(10);
        }
    }

    @Test
    void givenMissingRoleOrPolicy_whenAttached_thenNoSuchEntityOrNotAttachable() {
        String role = unique("lonely");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(unique("ghost")).policyArn(ADMIN)), "NoSuchEntity", 404);
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(role)
                    .policyArn("arn:aws:iam::" + ACCOUNT_ID + ":policy/" + unique("ghost"))), "NoSuchEntity", 404);
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(role)
                    .policyArn("arn:aws:iam::aws:policy/NoSuchAwsPolicy")), "NoSuchEntity", 404);
            // Another account's policy is never resolved as this account's, even when the name and path match one.
            String own = iam.createPolicy(b -> b.policyName(unique("own")).policyDocument(READ)).policy().arn();
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(role).policyArn(own.replace(ACCOUNT_ID, "999988887777"))),
                    "NoSuchEntity", 404);
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(role)
                    .policyArn("arn:aws:iam::aws:policy/aws-service-role/AWSSSOServiceRolePolicy")), "PolicyNotAttachable", 400);
            assertError(() -> iam.attachRolePolicy(b -> b.roleName(role).policyArn("arn:aws:iam::aws:role/NotAPolicyArn")), "InvalidInput", 400);
            assertError(() -> iam.listAttachedRolePolicies(b -> b.roleName(unique("ghost"))), "NoSuchEntity", 404);
            assertError(() -> iam.listEntitiesForPolicy(b -> b.policyArn("arn:aws:iam::aws:policy/NoSuchAwsPolicy")),
                    "NoSuchEntity", 404);
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies()).isEmpty();
        }
    }

    @Test
    void givenPolicyUsedAsBoundary_whenListed_thenCountedAndFilteredByUsage() {
        String path = "/" + unique("bounds") + "/";
        String role = unique("bounded");
        try (IamClient iam = iam(root())) {
            String own = iam.createPolicy(b -> b.policyName(unique("boundary")).path(path).policyDocument(READ)).policy().arn();
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST).permissionsBoundary(own));

            Policy policy = iam.getPolicy(b -> b.policyArn(own)).policy();
            assertThat(policy.attachmentCount()).isZero();
            assertThat(policy.permissionsBoundaryUsageCount()).isEqualTo(1);
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies()).isEmpty();
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own)).policyRoles()).extracting(PolicyRole::roleName)
                    .containsExactly(role);
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own).policyUsageFilter(PolicyUsageType.PERMISSIONS_BOUNDARY))
                    .policyRoles()).hasSize(1);
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own).policyUsageFilter(PolicyUsageType.PERMISSIONS_POLICY))
                    .policyRoles()).isEmpty();
            assertThat(iam.listPolicies(b -> b.pathPrefix(path).onlyAttached(true)
                    .policyUsageFilter(PolicyUsageType.PERMISSIONS_BOUNDARY)).policies()).extracting(Policy::arn).containsExactly(own);
            assertThat(iam.listPolicies(b -> b.pathPrefix(path).onlyAttached(true)
                    .policyUsageFilter(PolicyUsageType.PERMISSIONS_POLICY)).policies()).isEmpty();

            // Attached as well: one entity, listed once.
            iam.attachRolePolicy(b -> b.roleName(role).policyArn(own));
            assertThat(iam.listEntitiesForPolicy(b -> b.policyArn(own)).policyRoles()).hasSize(1);
            assertThat(iam.getPolicy(b -> b.policyArn(own)).policy().attachmentCount()).isEqualTo(1);
        }
    }

    @Test
    void givenRacesPastTheHandlersChecks_whenCommandsReachTheDirectory_thenItRefusesThemAndStoresNoEvent() {
        // The handlers check early; the directory, written in the command's transaction, is what decides.
        String role = unique("raced");
        try (IamClient iam = iam(root())) {
            String roleId = iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST)).role().roleId();
            var created = iam.createPolicy(b -> b.policyName(unique("raced")).policyDocument(READ)).policy();
            iam.attachRolePolicy(b -> b.roleName(role).policyArn(created.arn()));
            long before = events();

            assertThatThrownBy(() -> commands.sendAndWait(new DeleteManagedPolicy(created.policyId())))
                    .hasMessageContaining("Cannot delete a policy attached to entities.");
            assertThat(events()).isEqualTo(before);
            assertThat(iam.getPolicy(b -> b.policyArn(created.arn())).policy().attachmentCount()).isEqualTo(1);

            String gone = "arn:aws:iam::" + ACCOUNT_ID + ":policy/" + unique("never-created");
            assertThatThrownBy(() -> commands.sendAndWait(new AttachRoleManagedPolicy(roleId, gone)))
                    .hasMessageContaining("does not exist or is not attachable");
            assertThat(events()).isEqualTo(before);
            assertThat(iam.listAttachedRolePolicies(b -> b.roleName(role)).attachedPolicies()).hasSize(1);
        }
    }

    private long events() {
        return jdbc.sql("select count(*) from command.domain_event_entry where type in ('ManagedPolicy', 'Role')").query(Long.class).single();
    }
}
