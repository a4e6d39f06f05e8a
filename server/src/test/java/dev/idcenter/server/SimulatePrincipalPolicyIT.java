package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM-8: SimulatePrincipalPolicy evaluates a principal's real, stored policies. */
class SimulatePrincipalPolicyIT extends ServerTestSupport {

    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @Test
    void givenRoleWithInlineAndAwsManagedPolicyAndBoundary_whenSimulated_thenItsRealPoliciesDecide() {
        String role = unique("sim-role");
        try (IamClient iam = iam(root())) {
            iam.createRole(b -> b.roleName(role).assumeRolePolicyDocument(TRUST));
            iam.putRolePolicy(b -> b.roleName(role).policyName("no-delete").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}"));
            iam.attachRolePolicy(b -> b.roleName(role).policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
            String arn = "arn:aws:iam::" + ACCOUNT_ID + ":role/" + role;

            var results = iam.simulatePrincipalPolicy(b -> b.policySourceArn(arn)
                    .actionNames("s3:GetObject", "s3:DeleteObject")).evaluationResults();
            assertThat(results).extracting(EvaluationResult::evalDecision)
                    .containsExactly(PolicyEvaluationDecisionType.ALLOWED, PolicyEvaluationDecisionType.EXPLICIT_DENY);
            assertThat(results.get(0).matchedStatements()).singleElement().satisfies(s -> {
                assertThat(s.sourcePolicyId()).isEqualTo("AdministratorAccess");
                assertThat(s.sourcePolicyTypeAsString()).isEqualTo("aws-managed");
            });
            assertThat(results.get(1).matchedStatements()).extracting(s -> s.sourcePolicyTypeAsString()).contains("role");

            // EVAL-6: a boundary caps the role: read-only now.
            iam.putRolePermissionsBoundary(b -> b.roleName(role).permissionsBoundary("arn:aws:iam::aws:policy/ReadOnlyAccess"));
            var bounded = iam.simulatePrincipalPolicy(b -> b.policySourceArn(arn).actionNames("iam:CreateUser"))
                    .evaluationResults().get(0);
            assertThat(bounded.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
            assertThat(bounded.permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary()).isFalse();
        }
    }

    @Test
    void givenUserInAGroup_whenSimulated_thenTheGroupsPoliciesApplyToo() {
        String user = unique("sim-user");
        String group = unique("sim-group");
        try (IamClient iam = iam(root())) {
            iam.createUser(b -> b.userName(user));
            iam.createGroup(b -> b.groupName(group));
            iam.putGroupPolicy(b -> b.groupName(group).policyName("read").policyDocument(
                    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
            String arn = "arn:aws:iam::" + ACCOUNT_ID + ":user/" + user;

            assertThat(iam.simulatePrincipalPolicy(b -> b.policySourceArn(arn).actionNames("s3:GetObject"))
                    .evaluationResults().get(0).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
            iam.addUserToGroup(b -> b.groupName(group).userName(user));
            var result = iam.simulatePrincipalPolicy(b -> b.policySourceArn(arn).actionNames("s3:GetObject"))
                    .evaluationResults().get(0);
            assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
            assertThat(result.matchedStatements()).singleElement()
                    .satisfies(s -> assertThat(s.sourcePolicyTypeAsString()).isEqualTo("group"));
        }
    }

    @Test
    void givenPrincipalOfAnotherAccountOrNone_whenSimulated_thenNoSuchEntity() {
        try (IamClient iam = iam(root())) {
            assertThatThrownBy(() -> iam.simulatePrincipalPolicy(b -> b.policySourceArn("arn:aws:iam::999999999999:role/x")
                    .actionNames("s3:GetObject")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e ->
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
            assertThatThrownBy(() -> iam.simulatePrincipalPolicy(b -> b.policySourceArn("arn:aws:iam::" + ACCOUNT_ID
                    + ":role/ghost").actionNames("s3:GetObject")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e ->
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity"));
        }
    }
}
