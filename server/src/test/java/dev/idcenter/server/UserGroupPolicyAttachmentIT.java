package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.PolicyGroup;
import software.amazon.awssdk.services.iam.model.PolicyUser;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Managed policies attached to users and groups over the wire, and what they block. */
class UserGroupPolicyAttachmentIT extends ServerTestSupport {

    private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    @Test
    void givenUserAndGroup_whenPoliciesAttached_thenListedAndSeenFromThePolicyAndDeletionsRefused() {
        String user = unique("att-user");
        String group = unique("att-group");
        String policyName = unique("local");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(user));
            iam.createGroup(b -> b.groupName(group));
            String local = iam.createPolicy(b -> b.policyName(policyName).policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"))
                    .policy().arn();
            iam.attachUserPolicy(b -> b.userName(user).policyArn(READ_ONLY));
            iam.attachUserPolicy(b -> b.userName(user).policyArn(local));
            iam.attachGroupPolicy(b -> b.groupName(group).policyArn(local));

            assertThat(iam.listAttachedUserPolicies(b -> b.userName(user)).attachedPolicies())
                    .extracting(AttachedPolicy::policyArn).containsExactlyInAnyOrder(READ_ONLY, local);
            assertThat(iam.listAttachedGroupPolicies(b -> b.groupName(group)).attachedPolicies())
                    .extracting(AttachedPolicy::policyName).containsExactly(policyName);
            var entities = iam.listEntitiesForPolicy(b -> b.policyArn(local));
            assertThat(entities.policyUsers()).extracting(PolicyUser::userName).containsExactly(user);
            assertThat(entities.policyGroups()).extracting(PolicyGroup::groupName).containsExactly(group);
            assertThat(iam.getPolicy(b -> b.policyArn(local)).policy().attachmentCount()).isEqualTo(2);

            assertError(() -> iam.deletePolicy(b -> b.policyArn(local)), "DeleteConflict");
            assertError(() -> iam.deleteUser(b -> b.userName(user)), "DeleteConflict");
            assertError(() -> iam.deleteGroup(b -> b.groupName(group)), "DeleteConflict");
            assertError(() -> iam.detachGroupPolicy(b -> b.groupName(group).policyArn(READ_ONLY)), "NoSuchEntity");

            iam.detachUserPolicy(b -> b.userName(user).policyArn(READ_ONLY));
            iam.detachUserPolicy(b -> b.userName(user).policyArn(local));
            iam.detachGroupPolicy(b -> b.groupName(group).policyArn(local));
            iam.deletePolicy(b -> b.policyArn(local));
            iam.deleteUser(b -> b.userName(user));
            iam.deleteGroup(b -> b.groupName(group));
        }
    }

    @Test
    void givenPolicyUsedAsABoundary_whenDeleted_thenDeleteConflictUntilNoUserOrRoleUsesIt() {
        String policyName = unique("boundary");
        String user = unique("bounded-user");
        String role = unique("bounded-role");
        try (IamClient iam = iam(root())) {
            String arn = iam.createPolicy(b -> b.policyName(policyName).policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}"))
                    .policy().arn();
            iam.createUser(b -> b.userName(user).permissionsBoundary(arn));
            iam.createRole(b -> b.roleName(role).permissionsBoundary(arn).assumeRolePolicyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":"
                            + "{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));

            assertThat(iam.getPolicy(b -> b.policyArn(arn)).policy().permissionsBoundaryUsageCount()).isEqualTo(2);
            assertError(() -> iam.deletePolicy(b -> b.policyArn(arn)), "DeleteConflict");
            iam.deleteUserPermissionsBoundary(b -> b.userName(user));
            assertError(() -> iam.deletePolicy(b -> b.policyArn(arn)), "DeleteConflict");
            iam.deleteRole(b -> b.roleName(role));
            iam.deletePolicy(b -> b.policyArn(arn));
        }
    }

    @Test
    void givenNoSuchPolicy_whenAttachedToAUser_thenNoSuchEntity() {
        String user = unique("att-none");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(user));
            assertError(() -> iam.attachUserPolicy(b -> b.userName(user)
                    .policyArn("arn:aws:iam::" + ACCOUNT_ID + ":policy/ghost")), "NoSuchEntity");
        }
    }

    private static void assertError(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
