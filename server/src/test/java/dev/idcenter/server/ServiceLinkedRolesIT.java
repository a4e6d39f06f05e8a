package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeletionTaskStatusType;
import software.amazon.awssdk.services.iam.model.Role;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Service-linked roles (IAM-6) over the wire: named, placed and trusted by their service; changed only by it. */
class ServiceLinkedRolesIT extends ServerTestSupport {

    @Test
    void givenAutoScaling_whenItsServiceLinkedRoleIsCreatedChangedAndDeleted_thenOnlyTheServicesOperationsWork() {
        try (IamClient iam = iam(root())) {
            Role role = iam.createServiceLinkedRole(b -> b.awsServiceName("autoscaling.amazonaws.com")
                    .customSuffix("fleet").description("Scales the fleet")).role();

            assertThat(role.roleName()).isEqualTo("AWSServiceRoleForAutoScaling_fleet");
            assertThat(role.path()).isEqualTo("/aws-service-role/autoscaling.amazonaws.com/");
            assertThat(URLDecoder.decode(iam.getRole(b -> b.roleName(role.roleName())).role().assumeRolePolicyDocument(),
                    StandardCharsets.UTF_8)).contains("\"Service\":\"autoscaling.amazonaws.com\"");
            assertError(() -> iam.createServiceLinkedRole(b -> b.awsServiceName("autoscaling.amazonaws.com")
                    .customSuffix("fleet")), "InvalidInput", 400);
            assertError(() -> iam.updateAssumeRolePolicy(b -> b.roleName(role.roleName())
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[]}")), "UnmodifiableEntity", 400);
            assertError(() -> iam.deleteRole(b -> b.roleName(role.roleName())), "UnmodifiableEntity", 400);

            String taskId = iam.deleteServiceLinkedRole(b -> b.roleName(role.roleName())).deletionTaskId();
            assertThat(iam.getServiceLinkedRoleDeletionStatus(b -> b.deletionTaskId(taskId)).status())
                    .isEqualTo(DeletionTaskStatusType.SUCCEEDED);
            assertError(() -> iam.getRole(b -> b.roleName(role.roleName())), "NoSuchEntity", 404);
        }
    }

    @Test
    void givenServiceLinkedRoleInAnInstanceProfile_whenDeletedAsTheService_thenDeleteConflictAndTheProfileStillWorks() {
        try (IamClient iam = iam(root())) {
            Role role = iam.createServiceLinkedRole(b -> b.awsServiceName("ecs.amazonaws.com").customSuffix("held")).role();
            String profile = "holder-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            iam.createInstanceProfile(b -> b.instanceProfileName(profile));
            iam.addRoleToInstanceProfile(b -> b.instanceProfileName(profile).roleName(role.roleName()));

            assertError(() -> iam.deleteServiceLinkedRole(b -> b.roleName(role.roleName())), "DeleteConflict", 409);
            assertThat(iam.getInstanceProfile(b -> b.instanceProfileName(profile)).instanceProfile().roles())
                    .extracting(Role::roleName).containsExactly(role.roleName());
            iam.listInstanceProfiles();
        }
    }
}
