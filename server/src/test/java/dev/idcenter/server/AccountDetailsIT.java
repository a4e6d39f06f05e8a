package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.RoleDetail;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.UserDetail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GetAccountSummary and GetAccountAuthorizationDetails over the wire: the account as an auditor sees it. */
class AccountDetailsIT extends ServerTestSupport {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    @Test
    void givenNewRoleAndUser_whenSummarized_thenCountsGrowByOneAndQuotasAreAws() {
        try (IamClient iam = iam(root())) {
            var before = iam.getAccountSummary().summaryMap();
            iam.createRole(b -> b.roleName(unique("sum-role")).assumeRolePolicyDocument(TRUST));
            iam.createUser(b -> b.userName(unique("sum-user")));
            iam.createVirtualMFADevice(b -> b.virtualMFADeviceName(unique("sum-device")));
            var after = iam.getAccountSummary().summaryMap();

            assertThat(after.get(SummaryKeyType.ROLES)).isEqualTo(before.get(SummaryKeyType.ROLES) + 1);
            assertThat(after.get(SummaryKeyType.USERS)).isEqualTo(before.get(SummaryKeyType.USERS) + 1);
            assertThat(after.get(SummaryKeyType.MFA_DEVICES)).isEqualTo(before.get(SummaryKeyType.MFA_DEVICES) + 1);
            assertThat(after.get(SummaryKeyType.MFA_DEVICES_IN_USE)).isEqualTo(before.get(SummaryKeyType.MFA_DEVICES_IN_USE));
            assertThat(after.get(SummaryKeyType.ROLES_QUOTA)).isEqualTo(1000);
            assertThat(after.get(SummaryKeyType.GROUPS_PER_USER_QUOTA)).isEqualTo(10);
        }
    }

    @Test
    void givenUserInGroupAndRoleWithPolicies_whenAuthorizationDetailsPaged_thenEverythingOnceWithDocuments() {
        String user = unique("auth-user");
        String group = unique("auth-group");
        String role = unique("auth-role");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(user));
            iam.createGroup(b -> b.groupName(group));
            iam.addUserToGroup(b -> b.groupName(group).userName(user));
            iam.putUserPolicy(b -> b.userName(user).policyName("read").policyDocument(READ));
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
            iam.attachRolePolicy(b -> b.roleName(role).policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"));

            List<GetAccountAuthorizationDetailsResponse> pages = new ArrayList<>();
            String marker = null;
            do {
                String from = marker;
                var page = iam.getAccountAuthorizationDetails(b -> b.maxItems(2).marker(from));
                pages.add(page);
                marker = page.isTruncated() ? page.marker() : null;
            } while (marker != null);

            List<UserDetail> users = pages.stream().flatMap(p -> p.userDetailList().stream()).toList();
            List<RoleDetail> roles = pages.stream().flatMap(p -> p.roleDetailList().stream()).toList();
            UserDetail userDetail = users.stream().filter(u -> u.userName().equals(user)).findFirst().orElseThrow();
            assertThat(userDetail.groupList()).containsExactly(group);
            assertThat(URLDecoder.decode(userDetail.userPolicyList().get(0).policyDocument(), StandardCharsets.UTF_8))
                    .isEqualTo(READ);
            RoleDetail roleDetail = roles.stream().filter(r -> r.roleName().equals(role)).findFirst().orElseThrow();
            assertThat(roleDetail.attachedManagedPolicies()).extracting(p -> p.policyName()).containsExactly("ReadOnlyAccess");
            assertThat(pages.stream().flatMap(p -> p.policies().stream()).map(p -> p.policyName()))
                    .contains("ReadOnlyAccess").doesNotHaveDuplicates();
            assertThat(users.stream().map(UserDetail::userName)).doesNotHaveDuplicates();

            var onlyRoles = iam.getAccountAuthorizationDetails(b -> b.filter(EntityType.ROLE));
            assertThat(onlyRoles.userDetailList()).isEmpty();
            assertThat(onlyRoles.roleDetailList()).extracting(RoleDetail::roleName).contains(role);
        }
    }
}
