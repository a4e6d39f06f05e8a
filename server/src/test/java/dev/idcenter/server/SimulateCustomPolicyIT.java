package dev.idcenter.server;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.PolicyEvaluationDecisionType;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy engine asked over the wire, the way users ask AWS: {@code iam:SimulateCustomPolicy} with the real SDK. */
class SimulateCustomPolicyIT extends ServerTestSupport {

    private static final String READ_BUCKET = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"},
                {"Sid": "NoSecrets", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::reports/secret/*"}
              ]
            }""";

    @Test
    void givenAllowAndDenyStatements_whenSimulated_thenDecisionsAndMatchedStatementsWithPositions() {
        try (var iam = iam(root())) {
            SimulateCustomPolicyResponse response = iam.simulateCustomPolicy(b -> b
                    .policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject", "s3:PutObject")
                    .resourceArns("arn:aws:s3:::reports/q1.csv", "arn:aws:s3:::reports/secret/pay.csv"));

            List<EvaluationResult> results = response.evaluationResults();
            assertThat(results).extracting(EvaluationResult::evalActionName, EvaluationResult::evalResourceName,
                            EvaluationResult::evalDecision)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("s3:GetObject", "arn:aws:s3:::reports/q1.csv", PolicyEvaluationDecisionType.ALLOWED),
                            org.assertj.core.groups.Tuple.tuple("s3:GetObject", "arn:aws:s3:::reports/secret/pay.csv", PolicyEvaluationDecisionType.EXPLICIT_DENY),
                            org.assertj.core.groups.Tuple.tuple("s3:PutObject", "arn:aws:s3:::reports/q1.csv", PolicyEvaluationDecisionType.IMPLICIT_DENY),
                            org.assertj.core.groups.Tuple.tuple("s3:PutObject", "arn:aws:s3:::reports/secret/pay.csv", PolicyEvaluationDecisionType.EXPLICIT_DENY));
            // EVAL-14: the explanation names the statement, by source policy and position in the document.
            var allowed = results.get(0).matchedStatements();
            assertThat(allowed).singleElement().satisfies(statement -> {
                assertThat(statement.sourcePolicyId()).isEqualTo("PolicyInputList.1");
                assertThat(statement.startPosition().line()).isEqualTo(4);
                assertThat(statement.endPosition().line()).isEqualTo(4);
            });
            assertThat(results.get(1).matchedStatements()).extracting(s -> s.startPosition().line()).contains(5);
            assertThat(response.isTruncated()).isFalse();
        }
    }

    @Test
    void givenConditionOnSourceIp_whenContextEntryGivenOrMissing_thenAllowedOrMissingContextValue() {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*",
                 "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]}""";
        try (var iam = iam(root())) {
            var withIp = iam.simulateCustomPolicy(b -> b.policyInputList(policy).actionNames("iam:ListUsers")
                    .contextEntries(e -> e.contextKeyName("aws:SourceIp").contextKeyType(ContextKeyTypeEnum.IP)
                            .contextKeyValues("10.1.2.3")));
            var withoutIp = iam.simulateCustomPolicy(b -> b.policyInputList(policy).actionNames("iam:ListUsers"));

            assertThat(withIp.evaluationResults().get(0).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
            // EVAL-10 / IAM-8: a missing key makes the positive operator false, and is reported.
            assertThat(withoutIp.evaluationResults().get(0).evalDecision())
                    .isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
            assertThat(withoutIp.evaluationResults().get(0).missingContextValues()).containsExactly("aws:SourceIp");
        }
    }

    @Test
    void givenCrossAccountResourcePolicy_whenSimulated_thenBothAccountsMustAllow() {
        // EVAL-8: the caller's identity policy and the other account's resource policy must both allow.
        String identity = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\"}]}";
        String grantsCaller = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::111111111111:user/alice\"},\"Action\":\"sqs:SendMessage\","
                + "\"Resource\":\"arn:aws:sqs:us-east-1:222222222222:jobs\"}]}";
        String grantsNobody = grantsCaller.replace("user/alice", "user/bob");
        try (var iam = iam(root())) {
            var granted = iam.simulateCustomPolicy(b -> b.policyInputList(identity).actionNames("sqs:SendMessage")
                    .resourceArns("arn:aws:sqs:us-east-1:222222222222:jobs").resourcePolicy(grantsCaller)
                    .resourceOwner("arn:aws:iam::222222222222:root").callerArn("arn:aws:iam::111111111111:user/alice"));
            var notGranted = iam.simulateCustomPolicy(b -> b.policyInputList(identity).actionNames("sqs:SendMessage")
                    .resourceArns("arn:aws:sqs:us-east-1:222222222222:jobs").resourcePolicy(grantsNobody)
                    .resourceOwner("arn:aws:iam::222222222222:root").callerArn("arn:aws:iam::111111111111:user/alice"));

            assertThat(granted.evaluationResults().get(0).evalDecision()).isEqualTo(PolicyEvaluationDecisionType.ALLOWED);
            assertThat(granted.evaluationResults().get(0).matchedStatements())
                    .extracting(s -> s.sourcePolicyId()).contains("PolicyInputList.1", "ResourcePolicy");
            assertThat(notGranted.evaluationResults().get(0).evalDecision())
                    .isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
        }
    }

    @Test
    void givenBoundaryThatDoesNotAllow_whenSimulated_thenImplicitDenyAndNotAllowedByBoundary() {
        // EVAL-6: a permissions boundary caps the identity policy; it never widens it.
        String boundary = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"*\"}]}";
        try (var iam = iam(root())) {
            var result = iam.simulateCustomPolicy(b -> b.policyInputList(READ_BUCKET)
                    .permissionsBoundaryPolicyInputList(boundary).actionNames("s3:GetObject")
                    .resourceArns("arn:aws:s3:::reports/q1.csv")).evaluationResults().get(0);

            assertThat(result.evalDecision()).isEqualTo(PolicyEvaluationDecisionType.IMPLICIT_DENY);
            assertThat(result.permissionsBoundaryDecisionDetail().allowedByPermissionsBoundary()).isFalse();
        }
    }

    @Test
    void givenMaxItemsOne_whenPaging_thenEveryResultOnceAcrossPages() {
        try (var iam = iam(root())) {
            var first = iam.simulateCustomPolicy(b -> b.policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject", "s3:PutObject").maxItems(1));
            assertThat(first.isTruncated()).isTrue();
            var second = iam.simulateCustomPolicy(b -> b.policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject", "s3:PutObject").maxItems(1).marker(first.marker()));

            assertThat(first.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("s3:GetObject");
            assertThat(second.evaluationResults()).extracting(EvaluationResult::evalActionName).containsExactly("s3:PutObject");
            assertThat(second.isTruncated()).isFalse();
        }
    }

    @Test
    void givenMalformedPolicy_whenSimulated_thenMalformedPolicyDocument() {
        try (var iam = iam(root())) {
            assertThatThrownBy(() -> iam.simulateCustomPolicy(b -> b.policyInputList("{\"Statement\": [").actionNames("s3:GetObject")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
                        assertThat(e.statusCode()).isEqualTo(400);
                    });
            assertThatThrownBy(() -> iam.simulateCustomPolicy(b -> b.policyInputList(READ_BUCKET)
                    .actionNames("s3:GetObject").marker("not-a-marker")))
                    .isInstanceOfSatisfying(AwsServiceException.class, e ->
                            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInput"));
        }
    }
}
