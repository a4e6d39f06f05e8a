package dev.idcenter.policy.simulation;

import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.Position;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.idcenter.policy.support.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicySimulatorTest {

    private static final String HOME_POLICY = json("{'Version':'2012-10-17','Statement':[{'Sid':'Home',"
            + "'Effect':'Allow','Action':'s3:GetObject','Resource':'arn:aws:s3:::home/${aws:username}/*'}]}");
    private static final String DENY_POLICY = "{\n  \"Statement\": {\n    \"Effect\": \"Deny\",\n"
            + "    \"Action\": \"s3:*\",\n    \"Resource\": \"arn:aws:s3:::home/secret/*\"\n  }\n}";

    private static SimulationRequest request(List<String> policies, List<ContextEntry> entries, List<String> actions,
                                             List<String> resources) {
        return new SimulationRequest(policies, List.of(), null, null, null, entries, actions, resources);
    }

    @Test
    void givenVariableFromContextEntries_whenSimulated_thenAllowedWithMatchedStatement() {
        // IAM-8: policy variables come only from ContextEntries.
        List<SimulationResult> results = PolicySimulator.simulate(request(List.of(DENY_POLICY, HOME_POLICY),
                List.of(new ContextEntry("aws:username", "string", List.of("alice"))), List.of("s3:GetObject"),
                List.of("arn:aws:s3:::home/alice/file", "arn:aws:s3:::home/bob/file")));
        assertThat(results).hasSize(2);
        SimulationResult alice = results.get(0);
        assertThat(alice.evalDecision()).isEqualTo("allowed");
        assertThat(alice.matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("PolicyInputList.2");
            assertThat(s.sourcePolicyType()).isEqualTo("IAM Policy");
            assertThat(s.startPosition()).isEqualTo(new Position(1, 38));
        });
        assertThat(alice.resourceSpecificResults()).singleElement()
                .satisfies(rr -> assertThat(rr.evalResourceDecision()).isEqualTo("allowed"));
        assertThat(results.get(1).evalDecision()).isEqualTo("implicitDeny");
    }

    @Test
    void givenExplicitDeny_whenSimulated_thenOnlyTheDenyStatementIsReportedWithPositions() {
        // IAM-8, EVAL-2
        SimulationResult r = PolicySimulator.simulate(request(List.of(DENY_POLICY, HOME_POLICY),
                List.of(new ContextEntry("aws:username", "string", List.of("secret"))), List.of("s3:GetObject"),
                List.of("arn:aws:s3:::home/secret/x"))).get(0);
        assertThat(r.evalDecision()).isEqualTo("explicitDeny");
        assertThat(r.matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("PolicyInputList.1");
            assertThat(s.startPosition()).isEqualTo(new Position(2, 16));
            assertThat(s.endPosition()).isEqualTo(new Position(6, 4));
        });
    }

    @Test
    void givenMissingContextEntry_whenSimulatedOnStar_thenMissingContextValuesListed() {
        // IAM-8: CallerArn does not fill aws:username; the missing key is reported.
        SimulationResult r = PolicySimulator.simulate(new SimulationRequest(List.of(HOME_POLICY), List.of(), null,
                null, "arn:aws:iam::111122223333:user/alice", List.of(), List.of("s3:GetObject"), List.of())).get(0);
        assertThat(r.evalResourceName()).isEqualTo("*");
        assertThat(r.evalDecision()).isEqualTo("implicitDeny");
        assertThat(r.missingContextValues()).containsExactly("aws:username");
    }

    @Test
    void givenTypedContextEntries_whenSimulated_thenConditionsUseTheirTypes() {
        // EVAL-11
        String policy = json("{'Version':'2012-10-17','Statement':{'Effect':'Allow','Action':'ec2:*','Resource':'*',"
                + "'Condition':{'IpAddress':{'aws:SourceIp':'10.0.0.0/8'},'NumericLessThan':{'ec2:count':'5'},"
                + "'Bool':{'aws:MultiFactorAuthPresent':'true'},'DateLessThan':{'aws:CurrentTime':'2030-01-01'},"
                + "'ForAllValues:StringEquals':{'aws:TagKeys':['a','b']}}}}");
        List<ContextEntry> entries = List.of(new ContextEntry("aws:SourceIp", "ip", List.of("10.1.2.3")),
                new ContextEntry("ec2:count", "numeric", List.of("3")),
                new ContextEntry("aws:MultiFactorAuthPresent", "boolean", List.of("TRUE")),
                new ContextEntry("aws:CurrentTime", "date", List.of("2026-11-23T04:00:00Z")),
                new ContextEntry("aws:TagKeys", "stringList", List.of("a", "b")));
        assertThat(PolicySimulator.simulate(request(List.of(policy), entries, List.of("ec2:RunInstances"), List.of()))
                .get(0).evalDecision()).isEqualTo("allowed");
    }

    @Test
    void givenBoundary_whenItDoesNotAllow_thenImplicitDenyAndDetailFalse() {
        // EVAL-6
        String allowAll = json("{'Statement':{'Effect':'Allow','Action':'*','Resource':'*'}}");
        String ec2Only = json("{'Statement':{'Effect':'Allow','Action':'ec2:*','Resource':'*'}}");
        List<SimulationResult> results = PolicySimulator.simulate(new SimulationRequest(List.of(allowAll),
                List.of(ec2Only), null, null, null, List.of(), List.of("s3:GetObject", "ec2:RunInstances"),
                List.of()));
        assertThat(results.get(0).evalDecision()).isEqualTo("implicitDeny");
        assertThat(results.get(0).allowedByPermissionsBoundary()).isFalse();
        assertThat(results.get(1).evalDecision()).isEqualTo("allowed");
        assertThat(results.get(1).allowedByPermissionsBoundary()).isTrue();
    }

    @Test
    void givenResourcePolicyAndCallerArn_whenSameAccount_thenResourcePolicyAloneAllows() {
        // EVAL-4 via ResourcePolicy + CallerArn
        String rp = json("{'Statement':{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::111122223333:user/alice'},"
                + "'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}}");
        String none = json("{'Statement':{'Effect':'Allow','Action':'ec2:*','Resource':'*'}}");
        SimulationResult r = PolicySimulator.simulate(new SimulationRequest(List.of(none), List.of(), rp, null,
                "arn:aws:iam::111122223333:user/alice", List.of(), List.of("s3:GetObject"),
                List.of("arn:aws:s3:::b/k"))).get(0);
        assertThat(r.evalDecision()).isEqualTo("allowed");
        assertThat(r.matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("ResourcePolicy");
            assertThat(s.sourcePolicyType()).isEqualTo("resource");
        });
    }

    @Test
    void givenResourceOwnerInOtherAccount_whenOnlyResourcePolicyAllows_thenImplicitDeny() {
        // EVAL-8 via ResourceOwner
        String rp = json("{'Statement':{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::111122223333:user/alice'},"
                + "'Action':'s3:GetObject','Resource':'arn:aws:s3:::b/*'}}");
        String none = json("{'Statement':{'Effect':'Allow','Action':'ec2:*','Resource':'*'}}");
        SimulationResult r = PolicySimulator.simulate(new SimulationRequest(List.of(none), List.of(), rp,
                "arn:aws:iam::444455556666:root", "arn:aws:iam::111122223333:user/alice", List.of(),
                List.of("s3:GetObject"), List.of("arn:aws:s3:::b/k"))).get(0);
        assertThat(r.evalDecision()).isEqualTo("implicitDeny");
    }

    @Test
    void givenMalformedInput_whenSimulated_thenMalformedPolicyException() {
        assertThatThrownBy(() -> PolicySimulator.simulate(request(List.of("{"), List.of(), List.of("s3:GetObject"),
                List.of()))).isInstanceOf(MalformedPolicyException.class).hasMessage("Syntax errors in policy.");
    }

    @Test
    void givenCompiledPrincipalPolicies_whenSimulated_thenSourceTypeComesFromTheCaller() {
        // IAM-8: SimulatePrincipalPolicy reuses the facade with the principal's own compiled policies.
        var userPolicy = dev.idcenter.policy.support.Fixtures.policy(dev.idcenter.policy.model.PolicyType.IDENTITY,
                "inline-s3", "{'Statement':{'Effect':'Allow','Action':'s3:*','Resource':'*'}}");
        var set = dev.idcenter.policy.eval.PolicySet.builder().identity(userPolicy).build();
        List<SimulationResult> results = PolicySimulator.simulate(set, dev.idcenter.policy.support.Fixtures.ALICE,
                dev.idcenter.policy.condition.ContextKeys.EMPTY, List.of("s3:GetObject", "ec2:RunInstances"),
                List.of(), null, m -> "user");
        assertThat(results).extracting(SimulationResult::evalDecision).containsExactly("allowed", "implicitDeny");
        assertThat(results.get(0).matchedStatements()).singleElement().satisfies(s -> {
            assertThat(s.sourcePolicyId()).isEqualTo("inline-s3");
            assertThat(s.sourcePolicyType()).isEqualTo("user");
        });
    }
}
