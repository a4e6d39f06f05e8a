package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;


import static org.assertj.core.api.Assertions.assertThat;

/** Instance profiles (IAM-6) over the wire with the real SDK. */
class InstanceProfilesIT extends ServerTestSupport {

    private static final String EC2_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @Test
    void givenServiceRole_whenPutIntoAnInstanceProfile_thenProfileShowsItAndTheRoleCannotBeDeleted() {
        String profileName = unique("web");
        String roleName = unique("web-role");
        try (IamClient iam = iam(root())) {
            Role role = iam.createRole(b -> b.roleName(roleName).assumeRolePolicyDocument(EC2_TRUST)).role();
            InstanceProfile created = iam.createInstanceProfile(b -> b.instanceProfileName(profileName).path("/app/")
                    .tags(Tag.builder().key("app").value("web").build())).instanceProfile();
            iam.addRoleToInstanceProfile(b -> b.instanceProfileName(profileName).roleName(roleName));

            InstanceProfile read = iam.getInstanceProfile(b -> b.instanceProfileName(profileName.toUpperCase())).instanceProfile();
            assertThat(created.instanceProfileId()).startsWith("AIPA").hasSize(21);
            assertThat(read.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT_ID + ":instance-profile/app/" + profileName);
            assertThat(read.roles()).extracting(Role::roleId).containsExactly(role.roleId());
            assertThat(iam.listInstanceProfilesForRole(b -> b.roleName(roleName)).instanceProfiles())
                    .extracting(InstanceProfile::instanceProfileName).containsExactly(profileName);
            assertThat(iam.listInstanceProfiles(b -> b.pathPrefix("/app/")).instanceProfiles())
                    .extracting(InstanceProfile::instanceProfileName).contains(profileName);
            assertThat(iam.listInstanceProfileTags(b -> b.instanceProfileName(profileName)).tags())
                    .extracting(Tag::key).containsExactly("app");

            // One role per profile; the role and the profile cannot go while they hold each other.
            String otherRole = unique("other");
            iam.createRole(b -> b.roleName(otherRole).assumeRolePolicyDocument(EC2_TRUST));
            assertError(() -> iam.addRoleToInstanceProfile(b -> b.instanceProfileName(profileName).roleName(otherRole)),
                    "LimitExceeded", 409);
            assertError(() -> iam.deleteRole(b -> b.roleName(roleName)), "DeleteConflict", 409);
            assertError(() -> iam.deleteInstanceProfile(b -> b.instanceProfileName(profileName)), "DeleteConflict", 409);

            iam.removeRoleFromInstanceProfile(b -> b.instanceProfileName(profileName).roleName(roleName));
            iam.deleteInstanceProfile(b -> b.instanceProfileName(profileName));
            iam.deleteRole(b -> b.roleName(roleName));
            assertError(() -> iam.getInstanceProfile(b -> b.instanceProfileName(profileName)), "NoSuchEntity", 404);
            assertThat(iam.listInstanceProfilesForRole(b -> b.roleName(otherRole)).instanceProfiles()).isEmpty();
        }
    }

    @Test
    void givenExistingProfile_whenSameNameInOtherCase_thenEntityAlreadyExists() {
        String name = unique("dup");
        try (IamClient iam = iam(root())) {
            iam.createInstanceProfile(b -> b.instanceProfileName(name));
            assertError(() -> iam.createInstanceProfile(b -> b.instanceProfileName(name.toUpperCase())),
                    "EntityAlreadyExists", 409);
            assertError(() -> iam.addRoleToInstanceProfile(b -> b.instanceProfileName(name).roleName("ghost")),
                    "NoSuchEntity", 404);
        }
    }
}
