package dev.idcenter.policy.eval;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.model.PolicyType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.idcenter.policy.support.Fixtures.ALICE;
import static dev.idcenter.policy.support.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of evaluation over random statements and requests. */
class EvaluationPropertiesTest {

    private static final List<String> ACTIONS = List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket",
            "ec2:RunInstances", "iam:GetUser");
    private static final List<String> ACTION_PATTERNS = List.of("s3:*", "s3:Get*", "s3:PutObject", "ec2:*",
            "*", "iam:Get?ser", "s3:List*");
    private static final List<String> RESOURCES = List.of("arn:aws:s3:::a/x", "arn:aws:s3:::b/y", "*",
            "arn:aws:ec2:us-east-1:111122223333:instance/i-1");
    private static final List<String> RESOURCE_PATTERNS = List.of("*", "arn:aws:s3:::a/*", "arn:aws:s3:::*",
            "arn:aws:ec2:*:*:instance/*", "arn:aws:s3:::b/y");
    private static final List<String> CONDITIONS = List.of("", ",'Condition':{'StringEquals':{'aws:username':'alice'}}",
            ",'Condition':{'Bool':{'aws:SecureTransport':'true'}}",
            ",'Condition':{'StringNotEqualsIfExists':{'k:team':'red'}}");

    record Stmt(String effect, boolean not, String action, String resource, String condition) {
        String json() {
            return "{'Effect':'" + effect + "','" + (not ? "NotAction" : "Action") + "':'" + action
                    + "','Resource':'" + resource + "'" + condition + "}";
        }
    }

    record Req(String action, String resource, boolean secure, String team) {
        Request toRequest() {
            ContextKeys.Builder b = ContextKeys.builder().put("aws:username", "alice")
                    .put("aws:SecureTransport", Boolean.toString(secure));
            if (team != null) {
                b.put("k:team", team);
            }
            return new Request(ALICE, action, resource, null, b.build());
        }
    }

    @Provide
    Arbitrary<Stmt> statement() {
        return Combinators.combine(Arbitraries.of("Allow", "Deny"), Arbitraries.of(true, false, false, false),
                Arbitraries.of(ACTION_PATTERNS), Arbitraries.of(RESOURCE_PATTERNS), Arbitraries.of(CONDITIONS))
                .as(Stmt::new);
    }

    @Provide
    Arbitrary<List<Stmt>> statements() {
        return statement().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Req> req() {
        return Combinators.combine(Arbitraries.of(ACTIONS), Arbitraries.of(RESOURCES), Arbitraries.of(true, false),
                Arbitraries.of("red", "blue").injectNull(0.3)).as(Req::new);
    }

    private static CompiledPolicy compile(List<Stmt> statements) {
        StringBuilder sb = new StringBuilder("{'Version':'2012-10-17','Statement':[");
        for (int i = 0; i < statements.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(statements.get(i).json());
        }
        return policy(PolicyType.IDENTITY, "p", sb.append("]}").toString());
    }

    @Property(tries = 200)
    void givenAnyPolicy_whenDenyStatementAdded_thenNeverMoreAllowed(@ForAll("statements") List<Stmt> statements,
                                                                   @ForAll("statement") Stmt extra,
                                                                   @ForAll("req") Req req) {
        // EVAL-2: adding a Deny never turns a deny into an allow.
        Stmt deny = new Stmt("Deny", extra.not(), extra.action(), extra.resource(), extra.condition());
        List<Stmt> more = new ArrayList<>(statements);
        more.add(deny);
        Decision before = PolicyEvaluator.decide(req.toRequest(), PolicySet.builder().identity(compile(statements)).build());
        Decision after = PolicyEvaluator.decide(req.toRequest(), PolicySet.builder().identity(compile(more)).build());
        if (before != Decision.ALLOWED) {
            assertThat(after).isNotEqualTo(Decision.ALLOWED);
        }
        if (before == Decision.EXPLICIT_DENY) {
            assertThat(after).isEqualTo(Decision.EXPLICIT_DENY);
        }
    }

    @Property(tries = 200)
    void givenAnyPolicy_whenBoundaryAdded_thenNeverWidens(@ForAll("statements") List<Stmt> identity,
                                                          @ForAll("statements") List<Stmt> boundary,
                                                          @ForAll("req") Req req) {
        // EVAL-6: a boundary never widens.
        Decision without = PolicyEvaluator.decide(req.toRequest(), PolicySet.builder().identity(compile(identity)).build());
        Decision with = PolicyEvaluator.decide(req.toRequest(), PolicySet.builder().identity(compile(identity))
                .boundary(compile(boundary)).build());
        if (with == Decision.ALLOWED) {
            assertThat(without).isEqualTo(Decision.ALLOWED);
        }
    }

    @Property(tries = 200)
    void givenAnyPolicy_whenStatementsShuffled_thenSameDecision(@ForAll("statements") List<Stmt> statements,
                                                               @ForAll("req") Req req, @ForAll long seed) {
        // EVAL-2, EVAL-5: statement order never matters.
        List<Stmt> shuffled = new ArrayList<>(statements);
        Collections.shuffle(shuffled, new Random(seed));
        Request r = req.toRequest();
        Decision a = PolicyEvaluator.decide(r, PolicySet.builder().identity(compile(statements)).build());
        Decision b = PolicyEvaluator.decide(r, PolicySet.builder().identity(compile(shuffled)).build());
        assertThat(b).isEqualTo(a);
        // The explained path agrees with the fast path.
        assertThat(PolicyEvaluator.evaluate(r, PolicySet.builder().identity(compile(shuffled)).build()).decision())
                .isEqualTo(a);
    }

    @Property(tries = 100)
    void givenStatementsSplitAcrossPolicies_whenEvaluated_thenSameAsOnePolicy(
            @ForAll("statements") List<Stmt> statements, @ForAll("req") Req req) {
        // EVAL-5: the identity policies of a principal form one union.
        PolicySet.Builder split = PolicySet.builder();
        for (Stmt s : statements) {
            split.identity(compile(List.of(s)));
        }
        Request r = req.toRequest();
        assertThat(PolicyEvaluator.decide(r, split.build()))
                .isEqualTo(PolicyEvaluator.decide(r, PolicySet.builder().identity(compile(statements)).build()));
    }
}
