package dev.idcenter.policy.eval;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.model.PolicyType;
import org.junit.jupiter.api.Test;

import static dev.idcenter.policy.support.Fixtures.policy;
import static dev.idcenter.policy.support.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked examples of AWS's evaluation-logic and multi-value-condition pages. */
class AwsWorkedExamplesTest {

    private static final String ACCOUNT = "123456789012";
    private static final RequestPrincipal CARLOS = RequestPrincipal.user(
            "arn:aws:iam::" + ACCOUNT + ":user/carlossalazar", ACCOUNT, "AIDACARLOS00000000001");

    private static final CompiledPolicy CARLOS_IDENTITY = policy(PolicyType.IDENTITY, "carlos",
            "{'Version':'2012-10-17','Statement':["
                    + "{'Sid':'AllowS3ListRead','Effect':'Allow','Action':['s3:GetBucketLocation',"
                    + "'s3:GetAccountPublicAccessBlock','s3:ListAccessPoints','s3:ListAllMyBuckets'],"
                    + "'Resource':'arn:aws:s3:::*'},"
                    + "{'Sid':'AllowS3Self','Effect':'Allow','Action':'s3:*','Resource':["
                    + "'arn:aws:s3:::carlossalazar/*','arn:aws:s3:::carlossalazar']},"
                    + "{'Sid':'DenyS3Logs','Effect':'Deny','Action':'s3:*','Resource':'arn:aws:s3:::*log*'}]}");

    private static final CompiledPolicy CARLOS_BUCKET = policy(PolicyType.RESOURCE, "bucket",
            "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Principal':{'AWS':"
                    + "'arn:aws:iam::123456789012:user/carlossalazar'},'Action':'s3:*','Resource':["
                    + "'arn:aws:s3:::carlossalazar/*','arn:aws:s3:::carlossalazar']}]}");

    @Test
    void givenCarlosPolicies_whenSavingToLogsBucket_thenExplicitDenyFromDenyS3Logs() {
        // EVAL-2, worked example "identity-based and resource-based policy evaluation"
        EvaluationResult r = PolicyEvaluator.evaluate(request(CARLOS, "s3:PutObject",
                "arn:aws:s3:::carlossalazar-logs/file"), PolicySet.builder().identity(CARLOS_IDENTITY).build());
        assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(r.matchedStatements()).extracting(MatchedStatement::sid).containsExactly("DenyS3Logs");
    }

    @Test
    void givenCarlosPolicies_whenSavingToOwnBucket_thenAllowedByBothPolicies() {
        // EVAL-4, EVAL-5
        EvaluationResult r = PolicyEvaluator.evaluate(request(CARLOS, "s3:PutObject",
                "arn:aws:s3:::carlossalazar/file"), PolicySet.builder().identity(CARLOS_IDENTITY)
                .resource(CARLOS_BUCKET).build());
        assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
        assertThat(r.matchedStatements()).extracting(MatchedStatement::policyId).containsExactlyInAnyOrder(
                "bucket", "carlos");
        // Either policy alone suffices within the account.
        assertThat(PolicyEvaluator.decide(request(CARLOS, "s3:PutObject", "arn:aws:s3:::carlossalazar/file"),
                PolicySet.builder().resource(CARLOS_BUCKET).build())).isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(request(CARLOS, "s3:ListAllMyBuckets", "arn:aws:s3:::other"),
                PolicySet.builder().identity(CARLOS_IDENTITY).build())).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenGetListAllowAndReportDeny_whenRequested_thenAllowedImplicitAndExplicit() {
        // EVAL-1, EVAL-2: the explicit vs implicit deny example.
        CompiledPolicy p = policy(PolicyType.IDENTITY, "p", "{'Version':'2012-10-17','Statement':["
                + "{'Sid':'AllowGetList','Effect':'Allow','Action':['iam:Get*','iam:List*'],'Resource':'*'},"
                + "{'Sid':'DenyReports','Effect':'Deny','Action':'iam:*Report','Resource':'*'}]}");
        PolicySet set = PolicySet.builder().identity(p).build();
        RequestPrincipal u = CARLOS;
        assertThat(PolicyEvaluator.decide(request(u, "iam:GetUser", "*"), set)).isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(request(u, "iam:CreatePolicy", "*"), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(request(u, "iam:GetOrganizationsAccessReport", "*"), set))
                .isEqualTo(Decision.EXPLICIT_DENY);
        CompiledPolicy more = policy(PolicyType.IDENTITY, "more", "{'Statement':{'Effect':'Allow',"
                + "'Action':'iam:GenerateCredentialReport','Resource':'*'}}");
        assertThat(PolicyEvaluator.decide(request(u, "iam:GenerateCredentialReport", "*"),
                PolicySet.builder().identity(p, more).build())).isEqualTo(Decision.EXPLICIT_DENY);
    }

    private static final CompiledPolicy THREAD_READ = policy(PolicyType.IDENTITY, "read",
            "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'dynamodb:GetItem',"
                    + "'Resource':'arn:aws:dynamodb:*:*:table/Thread','Condition':{'ForAllValues:StringEquals':"
                    + "{'dynamodb:Attributes':['ID','Message','Tags']}}}]}");
    private static final CompiledPolicy THREAD_PUT_DENY = policy(PolicyType.IDENTITY, "deny",
            "{'Version':'2012-10-17','Statement':{'Effect':'Deny','Action':'dynamodb:PutItem',"
                    + "'Resource':'arn:aws:dynamodb:*:*:table/Thread','Condition':{'ForAnyValue:StringEquals':"
                    + "{'dynamodb:Attributes':['ID','PostDateTime']}}}}");
    private static final String TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/Thread";

    private static Request withAttributes(String action, String... attributes) {
        return request(CARLOS, action, TABLE, ContextKeys.builder().put("dynamodb:Attributes", attributes).build());
    }

    @Test
    void givenForAllValuesPolicy_whenRequestedAttributesAllListed_thenAllowed_elseDenied() {
        // EVAL-11, multi-value example: ForAllValues:StringEquals on dynamodb:Attributes
        PolicySet set = PolicySet.builder().identity(THREAD_READ).build();
        assertThat(PolicyEvaluator.decide(withAttributes("dynamodb:GetItem", "ID", "Message", "Tags"), set))
                .isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(withAttributes("dynamodb:GetItem", "ID", "Message", "UserName"), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
        // The page's warning: ForAllValues is true when the request carries no values.
        assertThat(PolicyEvaluator.decide(request(CARLOS, "dynamodb:GetItem", TABLE), set))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenForAnyValueDeny_whenOneForbiddenAttributeRequested_thenExplicitDeny() {
        // EVAL-11, multi-value example: ForAnyValue:StringEquals Deny on PutItem
        PolicySet set = PolicySet.builder().identity(THREAD_PUT_DENY,
                policy(PolicyType.IDENTITY, "allow", "{'Statement':{'Effect':'Allow','Action':'dynamodb:*',"
                        + "'Resource':'*'}}")).build();
        assertThat(PolicyEvaluator.decide(withAttributes("dynamodb:PutItem", "PostDateTime", "Message"), set))
                .isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(PolicyEvaluator.decide(withAttributes("dynamodb:PutItem", "UserName"), set))
                .isEqualTo(Decision.ALLOWED);
        assertThat(PolicyEvaluator.decide(withAttributes("dynamodb:PutItem", "UserName"),
                PolicySet.builder().identity(THREAD_PUT_DENY).build())).isEqualTo(Decision.IMPLICIT_DENY);
    }

    private static final RequestPrincipal CARLOS_A = RequestPrincipal.user(
            "arn:aws:iam::111111111111:user/carlossalazar", "111111111111", "AIDACARLOSA0000000001");
    private static final CompiledPolicy CARLOS_A_IDENTITY = policy(PolicyType.IDENTITY, "carlos-a",
            "{'Version':'2012-10-17','Statement':["
                    + "{'Sid':'AllowS3ListRead','Effect':'Allow','Action':'s3:ListAllMyBuckets','Resource':'*'},"
                    + "{'Sid':'AllowS3ProductionObjectActions','Effect':'Allow','Action':'s3:*Object*',"
                    + "'Resource':'arn:aws:s3:::Production/*'},"
                    + "{'Sid':'DenyS3Logs','Effect':'Deny','Action':'s3:*','Resource':['arn:aws:s3:::*log*',"
                    + "'arn:aws:s3:::*log*/*']}]}");
    private static final CompiledPolicy PRODUCTION_BUCKET = policy(PolicyType.RESOURCE, "production",
            "{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':['s3:GetObject*','s3:PutObject*',"
                    + "'s3:ReplicateObject','s3:RestoreObject'],'Principal':{'AWS':"
                    + "'arn:aws:iam::111111111111:user/carlossalazar'},'Resource':'arn:aws:s3:::Production/*'}]}");

    @Test
    void givenCrossAccountExample_whenSavingToProductionLogs_thenExplicitDenyInTrustedAccount() {
        // EVAL-2, EVAL-8: worked example of the cross-account page.
        Request r = new Request(CARLOS_A, "s3:PutObject", "arn:aws:s3:::Production-logs/file", "222222222222",
                ContextKeys.EMPTY);
        assertThat(PolicyEvaluator.decide(r, PolicySet.builder().identity(CARLOS_A_IDENTITY).build()))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void givenCrossAccountExample_whenSavingToProduction_thenBothAccountsAllow() {
        // EVAL-8
        Request put = new Request(CARLOS_A, "s3:PutObject", "arn:aws:s3:::Production/file", "222222222222",
                ContextKeys.EMPTY);
        PolicySet both = PolicySet.builder().identity(CARLOS_A_IDENTITY).resource(PRODUCTION_BUCKET).build();
        assertThat(PolicyEvaluator.decide(put, both)).isEqualTo(Decision.ALLOWED);
        // He can create and edit but not delete: the bucket policy does not allow DeleteObject.
        Request delete = new Request(CARLOS_A, "s3:DeleteObject", "arn:aws:s3:::Production/file", "222222222222",
                ContextKeys.EMPTY);
        EvaluationResult r = PolicyEvaluator.evaluate(delete, both);
        assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.RESOURCE);
    }
}
