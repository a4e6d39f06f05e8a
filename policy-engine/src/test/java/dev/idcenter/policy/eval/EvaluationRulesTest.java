package dev.idcenter.policy.eval;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.model.PolicyType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static dev.idcenter.policy.support.Fixtures.ACCOUNT;
import static dev.idcenter.policy.support.Fixtures.ALICE;
import static dev.idcenter.policy.support.Fixtures.ALICE_ARN;
import static dev.idcenter.policy.support.Fixtures.OTHER_ACCOUNT;
import static dev.idcenter.policy.support.Fixtures.identity;
import static dev.idcenter.policy.support.Fixtures.policy;
import static dev.idcenter.policy.support.Fixtures.request;
import static dev.idcenter.policy.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

class EvaluationRulesTest {

    private static final String BUCKET = "arn:aws:s3:::bucket";
    private static final String OBJECT = "arn:aws:s3:::bucket/key";
    private static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/app";
    private static final String SESSION_ARN = "arn:aws:sts::" + ACCOUNT + ":assumed-role/app/s1";
    private static final RequestPrincipal SESSION = RequestPrincipal.assumedRole(SESSION_ARN, ACCOUNT, ROLE_ARN,
            "AROAAPP00000000000001", "s1");

    private static CompiledPolicy bucketPolicy(String principalJson) {
        return policy(PolicyType.RESOURCE, "bucket-policy", "{'Version':'2012-10-17','Statement':{'Effect':'Allow',"
                + "'Principal':" + principalJson + ",'Action':'s3:GetObject','Resource':'arn:aws:s3:::bucket/*'}}");
    }

    private static Decision decide(Request r, PolicySet set) {
        return PolicyEvaluator.decide(r, set);
    }

    @Test
    void givenNoPolicies_whenUserRequests_thenImplicitDeny() {
        // EVAL-1
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "s3:GetObject", OBJECT),
                PolicySet.builder().build());
        assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.IDENTITY);
    }

    @Test
    void givenRootUserWithoutPolicies_whenRequests_thenAllowedUnlessScpDenies() {
        // EVAL-1
        RequestPrincipal root = RequestPrincipal.root(ACCOUNT);
        assertThat(decide(request(root, "s3:GetObject", OBJECT), PolicySet.builder().build()))
                .isEqualTo(Decision.ALLOWED);
        CompiledPolicy scpDeny = policy(PolicyType.SCP, "scp", "{'Statement':[{'Effect':'Allow','Action':'*',"
                + "'Resource':'*'},{'Effect':'Deny','Action':'s3:*','Resource':'*'}]}");
        assertThat(decide(request(root, "s3:GetObject", OBJECT), PolicySet.builder().scpLevel(scpDeny).build()))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void givenAllowAndDeny_whenBothMatch_thenExplicitDenyWins() {
        // EVAL-2
        PolicySet set = PolicySet.builder().identity(statement("Allow", "s3:*", "*"),
                statement("Deny", "s3:GetObject", OBJECT)).build();
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "s3:GetObject", OBJECT), set);
        assertThat(r.decision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(r.matchedStatements()).singleElement().satisfies(m -> assertThat(m.effect().name())
                .isEqualTo("DENY"));
    }

    @Test
    void givenDenyInBoundaryOrSessionOrResource_whenIdentityAllows_thenExplicitDeny() {
        // EVAL-2: a Deny in any applicable policy type is final.
        CompiledPolicy allow = statement("Allow", "*", "*");
        CompiledPolicy deny = statement("Deny", "s3:GetObject", "*");
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT),
                PolicySet.builder().identity(allow).boundary(allow, deny).build())).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT),
                PolicySet.builder().identity(allow).session(deny).build())).isEqualTo(Decision.EXPLICIT_DENY);
        CompiledPolicy resourceDeny = policy(PolicyType.RESOURCE, "rp", "{'Statement':{'Effect':'Deny',"
                + "'Principal':'*','Action':'s3:GetObject','Resource':'*'}}");
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT),
                PolicySet.builder().identity(allow).resource(resourceDeny).build())).isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void givenScpChain_whenOneLevelDoesNotAllow_thenImplicitDenyByScp() {
        // EVAL-3: each level from root to account must allow.
        CompiledPolicy full = policy(PolicyType.SCP, "FullAWSAccess", "{'Statement':{'Effect':'Allow',"
                + "'Action':'*','Resource':'*'}}");
        CompiledPolicy ec2Only = policy(PolicyType.SCP, "ec2-only", "{'Statement':{'Effect':'Allow',"
                + "'Action':'ec2:*','Resource':'*'}}");
        PolicySet set = PolicySet.builder().identity(statement("Allow", "*", "*")).scpLevel(full).scpLevel(ec2Only)
                .scpLevel(full).build();
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "s3:GetObject", OBJECT), set);
        assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.SCP);
        assertThat(decide(request(ALICE, "ec2:RunInstances", "*"), set)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenRcp_whenItDoesNotAllow_thenImplicitDenyByRcp_andNoRcpMeansFullAccess() {
        // EVAL-3: RCPs must allow; an account without RCPs has the implicit full-access RCP.
        CompiledPolicy rcpS3Only = policy(PolicyType.RCP, "rcp", "{'Statement':{'Effect':'Allow','Principal':'*',"
                + "'Action':'sqs:*','Resource':'*'}}");
        PolicySet set = PolicySet.builder().identity(statement("Allow", "*", "*")).rcpLevel(rcpS3Only).build();
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "s3:GetObject", OBJECT), set);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.RCP);
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT),
                PolicySet.builder().identity(statement("Allow", "*", "*")).build())).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenSameAccountResourcePolicyNamingUser_whenIdentityAndBoundaryDoNotAllow_thenAllowed() {
        // EVAL-4: a grant to the user ARN stands despite implicit denies in identity policy and boundary.
        PolicySet set = PolicySet.builder().resource(bucketPolicy("{'AWS':'" + ALICE_ARN + "'}"))
                .boundary(statement("Allow", "ec2:*", "*")).build();
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenSameAccountResourcePolicyNamingSession_whenSessionPolicyDoesNotAllow_thenAllowed() {
        // EVAL-4: a grant to the session ARN is not capped by identity, boundary or session policy.
        PolicySet set = PolicySet.builder().resource(bucketPolicy("{'AWS':'" + SESSION_ARN + "'}"))
                .session(statement("Allow", "ec2:*", "*")).boundary(statement("Allow", "ec2:*", "*")).build();
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenSameAccountResourcePolicyNamingRole_whenBoundaryOrSessionDoesNotAllow_thenImplicitDeny() {
        // EVAL-4: a grant to the role ARN is still capped by boundary and session policy, not by identity.
        CompiledPolicy rp = bucketPolicy("{'AWS':'" + ROLE_ARN + "'}");
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT), PolicySet.builder().resource(rp).build()))
                .isEqualTo(Decision.ALLOWED);
        EvaluationResult capped = PolicyEvaluator.evaluate(request(SESSION, "s3:GetObject", OBJECT),
                PolicySet.builder().resource(rp).session(statement("Allow", "ec2:*", "*")).build());
        assertThat(capped.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(capped.notAllowedBy()).isEqualTo(PolicyType.SESSION);
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT),
                PolicySet.builder().resource(rp).boundary(statement("Allow", "ec2:*", "*")).build()))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenSameAccountResourcePolicyNamingAccount_whenIdentityDoesNotAllow_thenImplicitDeny() {
        // EVAL-4 / STS-2: naming the account delegates to the account's identity policies.
        CompiledPolicy rp = bucketPolicy("{'AWS':'arn:aws:iam::" + ACCOUNT + ":root'}");
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), PolicySet.builder().resource(rp).build()))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), PolicySet.builder().resource(rp)
                .identity(statement("Allow", "s3:GetObject", "*")).build())).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenTrustPolicy_whenItDoesNotAllow_thenIdentityAllowIsNotEnough() {
        // EVAL-4: role trust policies must always explicitly allow.
        String roleArn = "arn:aws:iam::" + ACCOUNT + ":role/target";
        CompiledPolicy trust = policy(PolicyType.TRUST, "trust", "{'Statement':{'Effect':'Allow','Principal':"
                + "{'AWS':'arn:aws:iam::" + ACCOUNT + ":user/bob'},'Action':'sts:AssumeRole'}}");
        PolicySet set = PolicySet.builder().identity(statement("Allow", "sts:AssumeRole", "*"))
                .resourceMustAllow(trust).build();
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "sts:AssumeRole", roleArn), set);
        assertThat(r.decision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.RESOURCE);
    }

    @Test
    void givenIdentityPoliciesOfUserAndGroups_whenAnyAllows_thenAllowed() {
        // EVAL-5: identity policies are a union.
        PolicySet set = PolicySet.builder().identity(statement("Allow", "ec2:*", "*"),
                statement("Allow", "s3:GetObject", OBJECT)).build();
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:PutObject", OBJECT), set)).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenBoundary_whenItDoesNotAllow_thenImplicitDenyByBoundary() {
        // EVAL-6: boundary ∩ identity.
        PolicySet set = PolicySet.builder().identity(statement("Allow", "*", "*"))
                .boundary(statement("Allow", "ec2:*", "*")).build();
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "s3:GetObject", OBJECT), set);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.PERMISSIONS_BOUNDARY);
        assertThat(decide(request(ALICE, "ec2:RunInstances", "*"), set)).isEqualTo(Decision.ALLOWED);
        // A boundary alone grants nothing.
        assertThat(decide(request(ALICE, "ec2:RunInstances", "*"),
                PolicySet.builder().boundary(statement("Allow", "*", "*")).build())).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenSessionPolicy_whenItDoesNotAllow_thenImplicitDenyBySession() {
        // EVAL-7
        PolicySet set = PolicySet.builder().identity(statement("Allow", "*", "*"))
                .session(statement("Allow", "s3:GetObject", "*")).build();
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
        EvaluationResult r = PolicyEvaluator.evaluate(request(SESSION, "s3:PutObject", OBJECT), set);
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.SESSION);
        // A role session created without a session policy keeps the role's permissions.
        assertThat(decide(request(SESSION, "s3:PutObject", OBJECT),
                PolicySet.builder().identity(statement("Allow", "*", "*")).build())).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenCrossAccount_whenOnlyOneSideAllows_thenImplicitDeny() {
        // EVAL-8: both the principal's account and the resource's account must allow.
        RequestPrincipal bob = RequestPrincipal.user("arn:aws:iam::" + OTHER_ACCOUNT + ":user/bob", OTHER_ACCOUNT,
                "AIDABOB000000000000001");
        CompiledPolicy rp = bucketPolicy("{'AWS':'" + OTHER_ACCOUNT + "'}");
        CompiledPolicy id = statement("Allow", "s3:GetObject", "*");
        Request r = new Request(bob, "s3:GetObject", OBJECT, ACCOUNT, ContextKeys.EMPTY);
        assertThat(PolicyEvaluator.evaluate(r, PolicySet.builder().resource(rp).build()).notAllowedBy())
                .isEqualTo(PolicyType.IDENTITY);
        assertThat(PolicyEvaluator.evaluate(r, PolicySet.builder().identity(id).build()).notAllowedBy())
                .isEqualTo(PolicyType.RESOURCE);
        assertThat(decide(r, PolicySet.builder().identity(id).resource(rp).build())).isEqualTo(Decision.ALLOWED);
        // Even a grant naming the user directly cannot lift the boundary across accounts.
        CompiledPolicy direct = bucketPolicy("{'AWS':'arn:aws:iam::" + OTHER_ACCOUNT + ":user/bob'}");
        assertThat(decide(r, PolicySet.builder().resource(direct).build())).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenActionPatterns_whenMatched_thenCaseInsensitiveWithWildcards() {
        // EVAL-9
        PolicySet set = PolicySet.builder().identity(statement("Allow", "S3:get*Ob?ect", "*")).build();
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "S3:GETOBJECT", OBJECT), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:GetObjectAcl", OBJECT), set)).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(decide(request(ALICE, "s3x:GetObject", OBJECT), set)).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenResourcePatterns_whenMatched_thenSegmentWiseCaseSensitiveStarCrossesSlash() {
        // EVAL-9
        PolicySet set = PolicySet.builder().identity(statement("Allow", "s3:*", "arn:aws:s3:::bucket/*")).build();
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::bucket/a/b/c"), set))
                .isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::Bucket/a"), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
        PolicySet regional = PolicySet.builder().identity(statement("Allow", "ec2:*",
                "arn:aws:ec2:*:" + ACCOUNT + ":instance/i-?23")).build();
        assertThat(decide(request(ALICE, "ec2:StartInstances", "arn:aws:ec2:us-east-1:" + ACCOUNT
                + ":instance/i-123"), regional)).isEqualTo(Decision.ALLOWED);
        // A region wildcard does not swallow the account segment.
        assertThat(decide(request(ALICE, "ec2:StartInstances", "arn:aws:ec2:us-east-1:" + OTHER_ACCOUNT
                + ":instance/i-123"), regional)).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenNotAction_whenAllow_thenEveryOtherActionIsGranted() {
        // EVAL-9
        PolicySet set = PolicySet.builder().identity(identity("{'Statement':{'Effect':'Allow',"
                + "'NotAction':'iam:*','Resource':'*'}}")).build();
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "iam:CreateUser", "*"), set)).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenNotResource_whenDeny_thenEverythingElseIsDenied() {
        // EVAL-9
        PolicySet set = PolicySet.builder().identity(statement("Allow", "s3:*", "*"), identity("{'Statement':"
                + "{'Effect':'Deny','Action':'s3:*','NotResource':['arn:aws:s3:::bucket','arn:aws:s3:::bucket/*']}}"))
                .build();
        assertThat(decide(request(ALICE, "s3:GetObject", OBJECT), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::other/key"), set))
                .isEqualTo(Decision.EXPLICIT_DENY);
    }

    @Test
    void givenNotPrincipalDeny_whenCallerNotFullyListed_thenDenied() {
        // EVAL-9: NotPrincipal exempts a session only when account, role and session are all listed.
        CompiledPolicy rp = policy(PolicyType.RESOURCE, "rp", "{'Statement':[{'Effect':'Allow','Principal':'*',"
                + "'Action':'s3:*','Resource':'*'},{'Effect':'Deny','NotPrincipal':{'AWS':['" + ROLE_ARN + "']},"
                + "'Action':'s3:*','Resource':'*'}]}");
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT), PolicySet.builder().resource(rp).build()))
                .isEqualTo(Decision.EXPLICIT_DENY);
        CompiledPolicy full = policy(PolicyType.RESOURCE, "rp", "{'Statement':[{'Effect':'Allow','Principal':'*',"
                + "'Action':'s3:*','Resource':'*'},{'Effect':'Deny','NotPrincipal':{'AWS':['" + ROLE_ARN + "','"
                + SESSION_ARN + "','" + ACCOUNT + "']},'Action':'s3:*','Resource':'*'}]}");
        assertThat(decide(request(SESSION, "s3:GetObject", OBJECT), PolicySet.builder().resource(full).build()))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenPrincipalKinds_whenMatched_thenServiceFederatedAndAccountWork() {
        // EVAL-9
        CompiledPolicy trust = policy(PolicyType.TRUST, "trust", "{'Statement':[{'Effect':'Allow','Principal':"
                + "{'Service':'ec2.amazonaws.com'},'Action':'sts:AssumeRole'},{'Effect':'Allow','Principal':"
                + "{'Federated':'accounts.google.com'},'Action':'sts:AssumeRoleWithWebIdentity'}]}");
        PolicySet set = PolicySet.builder().resourceMustAllow(trust).build();
        String role = "arn:aws:iam::" + ACCOUNT + ":role/r";
        assertThat(decide(request(RequestPrincipal.service("ec2.amazonaws.com"), "sts:AssumeRole", role), set))
                .isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(RequestPrincipal.service("lambda.amazonaws.com"), "sts:AssumeRole", role), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(decide(request(RequestPrincipal.webIdentity("accounts.google.com"),
                "sts:AssumeRoleWithWebIdentity", role), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(RequestPrincipal.webIdentity("accounts.google.com"), "sts:AssumeRole", role), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenTrustBoundToUniqueId_whenPrincipalRecreatedWithSameArn_thenNoLongerMatches() {
        // IAM-3: principals in a trust policy are bound to unique ids when saved.
        String bobArn = "arn:aws:iam::" + ACCOUNT + ":user/bob";
        var doc = dev.idcenter.policy.parse.PolicyParser.parse(dev.idcenter.policy.support.Fixtures.json(
                "{'Statement':{'Effect':'Allow','Principal':{'AWS':'" + bobArn + "'},'Action':'sts:AssumeRole'}}"),
                PolicyType.TRUST);
        assertThat(doc.principalArns()).containsExactly(bobArn);
        CompiledPolicy bound = PolicyCompiler.compile(doc, "trust", Map.of(bobArn, "AIDABOBORIGINAL000001"));
        PolicySet set = PolicySet.builder().resourceMustAllow(bound).build();
        String role = "arn:aws:iam::" + ACCOUNT + ":role/r";
        RequestPrincipal original = RequestPrincipal.user(bobArn, ACCOUNT, "AIDABOBORIGINAL000001");
        RequestPrincipal recreated = RequestPrincipal.user(bobArn, ACCOUNT, "AIDABOBRECREATED00001");
        assertThat(decide(request(original, "sts:AssumeRole", role), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(recreated, "sts:AssumeRole", role), set)).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenPolicyVariableInResource_whenResolved_thenMatchesOwnPrefixOnly() {
        // EVAL-12
        PolicySet set = PolicySet.builder().identity(identity("{'Version':'2012-10-17','Statement':{'Effect':"
                + "'Allow','Action':'s3:*','Resource':'arn:aws:s3:::home/${aws:username}/*'}}")).build();
        ContextKeys keys = GlobalKeys.forPrincipal(ALICE, Map.of(), Instant.EPOCH).build();
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::home/alice/f", keys), set))
                .isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::home/bob/f", keys), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
        // A missing variable makes the resource match nothing.
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::home//f"), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenPolicyVariableWithDefault_whenKeyMissing_thenDefaultIsUsed() {
        // EVAL-12
        PolicySet set = PolicySet.builder().identity(identity("{'Version':'2012-10-17','Statement':{'Effect':"
                + "'Allow','Action':'s3:*','Resource':'arn:aws:s3:::bucket-${aws:PrincipalTag/team, 'company-wide'}'}}"
                .replace("'company-wide'", "\\u0027company-wide\\u0027"))).build();
        assertThat(decide(request(ALICE, "s3:ListBucket", "arn:aws:s3:::bucket-company-wide"), set))
                .isEqualTo(Decision.ALLOWED);
        ContextKeys yellow = GlobalKeys.forPrincipal(ALICE, Map.of("team", "yellow"), null).build();
        assertThat(decide(request(ALICE, "s3:ListBucket", "arn:aws:s3:::bucket-yellow", yellow), set))
                .isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:ListBucket", "arn:aws:s3:::bucket-company-wide", yellow), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenEscapes_whenResolved_thenSpecialCharactersAreLiteral() {
        // EVAL-12: ${*} is a literal asterisk, not a wildcard.
        PolicySet set = PolicySet.builder().identity(identity("{'Version':'2012-10-17','Statement':{'Effect':"
                + "'Allow','Action':'s3:*','Resource':'arn:aws:s3:::b/${*}${?}${$}'}}")).build();
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::b/*?$"), set)).isEqualTo(Decision.ALLOWED);
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::b/xy$"), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void givenVersion2008_whenVariableWritten_thenItIsLiteralText() {
        // EVAL-12: variables only under 2012-10-17.
        PolicySet set = PolicySet.builder().identity(identity("{'Version':'2008-10-17','Statement':{'Effect':"
                + "'Allow','Action':'s3:*','Resource':'arn:aws:s3:::home/${aws:username}/*'}}")).build();
        ContextKeys keys = GlobalKeys.forPrincipal(ALICE, Map.of(), null).build();
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::home/alice/f", keys), set))
                .isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(decide(request(ALICE, "s3:GetObject", "arn:aws:s3:::home/${aws:username}/f", keys), set))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenGlobalKeys_whenDerivedForSession_thenPrincipalArnIsTheRole() {
        // EVAL-13
        ContextKeys keys = GlobalKeys.forPrincipal(SESSION, Map.of("team", "red"), Instant.parse(
                "2026-01-01T00:00:00Z")).build();
        assertThat(keys.get("aws:PrincipalArn").get(0)).isEqualTo(ROLE_ARN);
        assertThat(keys.get("AWS:PRINCIPALTYPE").get(0)).isEqualTo("AssumedRole");
        assertThat(keys.get("aws:principaltag/team").get(0)).isEqualTo("red");
        assertThat(keys.get("aws:username")).isNull();
        assertThat(keys.get("aws:EpochTime").get(0)).isEqualTo("1767225600");
        assertThat(GlobalKeys.forPrincipal(ALICE, Map.of(), null).build().get("aws:username").get(0))
                .isEqualTo("alice");
        // Session tags override the role's tags, keys ignoring case.
        assertThat(GlobalKeys.overlayTags(Map.of("Team", "red", "env", "prod"), Map.of("team", "blue")))
                .containsEntry("team", "blue").containsEntry("env", "prod").hasSize(2);
    }

    @Test
    void givenAllowedRequest_whenEvaluated_thenExplanationNamesStatementsAndPositions() {
        // EVAL-14
        CompiledPolicy p = policy(PolicyType.IDENTITY, "arn:aws:iam::111122223333:policy/p",
                "{'Statement':[{'Sid':'One','Effect':'Allow','Action':'s3:*','Resource':'*'},"
                        + "{'Sid':'Two','Effect':'Allow','Action':'s3:Get*','Resource':'*','Condition':"
                        + "{'StringEquals':{'s3:prefix':'a'}}}]}");
        EvaluationResult r = PolicyEvaluator.evaluate(request(ALICE, "s3:GetObject", OBJECT),
                PolicySet.builder().identity(p).build());
        assertThat(r.decision()).isEqualTo(Decision.ALLOWED);
        assertThat(r.matchedStatements()).singleElement().satisfies(m -> {
            assertThat(m.policyId()).isEqualTo("arn:aws:iam::111122223333:policy/p");
            assertThat(m.sid()).isEqualTo("One");
            assertThat(m.statementIndex()).isZero();
            assertThat(m.start().line()).isEqualTo(1);
        });
        assertThat(r.missingContextKeys()).containsExactly("s3:prefix");
    }

    @Test
    void givenMfaDenyWithBoolIfExists_whenLongTermKeysOrNoMfa_thenDenied_andWithMfaAllowed() {
        // EVAL-10, EVAL-13: aws:MultiFactorAuthPresent is absent for long-term keys; BoolIfExists then holds.
        PolicySet set = PolicySet.builder().identity(statement("Allow", "*", "*"), identity("{'Statement':{"
                + "'Effect':'Deny','Action':'ec2:*','Resource':'*','Condition':{'BoolIfExists':"
                + "{'aws:MultiFactorAuthPresent':'false'}}}}")).build();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        ContextKeys longTerm = GlobalKeys.forRequest(ALICE, Map.of(), now, SessionFacts.NONE, "10.0.0.1", true,
                "us-east-1").build();
        ContextKeys noMfa = GlobalKeys.forRequest(ALICE, Map.of(), now, new SessionFacts(false, null, now, null,
                null, null, null), null, true, null).build();
        ContextKeys mfa = GlobalKeys.forRequest(ALICE, Map.of(), now, new SessionFacts(true, now.minusSeconds(60),
                now, null, null, null, null), null, true, null).build();
        assertThat(decide(request(ALICE, "ec2:RunInstances", "*", longTerm), set)).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(decide(request(ALICE, "ec2:RunInstances", "*", noMfa), set)).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(decide(request(ALICE, "ec2:RunInstances", "*", mfa), set)).isEqualTo(Decision.ALLOWED);
        assertThat(mfa.get("aws:MultiFactorAuthAge").get(0)).isEqualTo("60");
        assertThat(longTerm.get("aws:SourceIp").get(0)).isEqualTo("10.0.0.1");
    }

    @Test
    void givenFederatedUserWithoutSessionPolicy_whenRequests_thenImplicitDenyBySession() {
        // EVAL-7: a GetFederationToken session has no permissions beyond its session policy.
        RequestPrincipal fed = RequestPrincipal.federatedUser("arn:aws:sts::" + ACCOUNT + ":federated-user/f",
                ACCOUNT, ALICE_ARN, "AIDAALICE0000000000001");
        EvaluationResult r = PolicyEvaluator.evaluate(request(fed, "s3:GetObject", OBJECT),
                PolicySet.builder().identity(statement("Allow", "*", "*")).build());
        assertThat(r.notAllowedBy()).isEqualTo(PolicyType.SESSION);
        assertThat(decide(request(fed, "s3:GetObject", OBJECT), PolicySet.builder()
                .identity(statement("Allow", "*", "*")).session(statement("Allow", "s3:*", "*")).build()))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void givenTrustBoundToRoleUniqueId_whenSessionOfRecreatedRole_thenNoMatch() {
        // IAM-3, EVAL-4: a bound role ARN matches sessions of that role only through the role's unique id.
        var doc = dev.idcenter.policy.parse.PolicyParser.parse(dev.idcenter.policy.support.Fixtures.json(
                "{'Statement':{'Effect':'Allow','Principal':{'AWS':'" + ROLE_ARN + "'},'Action':'sts:AssumeRole'}}"),
                PolicyType.TRUST);
        CompiledPolicy bound = PolicyCompiler.compile(doc, "trust", Map.of(ROLE_ARN, "AROAAPP00000000000001"));
        PolicySet set = PolicySet.builder().resourceMustAllow(bound).identity(statement("Allow", "sts:*", "*"))
                .build();
        String target = "arn:aws:iam::" + ACCOUNT + ":role/target";
        assertThat(decide(request(SESSION, "sts:AssumeRole", target), set)).isEqualTo(Decision.ALLOWED);
        RequestPrincipal recreated = RequestPrincipal.assumedRole(SESSION_ARN, ACCOUNT, ROLE_ARN,
                "AROARECREATED00000001", "s1");
        assertThat(decide(request(recreated, "sts:AssumeRole", target), set)).isEqualTo(Decision.IMPLICIT_DENY);
    }
}
