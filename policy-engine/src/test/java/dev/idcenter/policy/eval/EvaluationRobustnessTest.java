package dev.idcenter.policy.eval;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.condition.ContextValue;
import dev.idcenter.policy.model.PolicyType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.List;

import static dev.idcenter.policy.support.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** Evaluation never throws, whatever strings a request carries. */
class EvaluationRobustnessTest {

    private static final CompiledPolicy EVERY_OPERATOR = policy(PolicyType.IDENTITY, "all",
            ("{'Version':'2012-10-17','Statement':[{'Effect':'Allow','Action':'*','Resource':["
                    + "'arn:aws:s3:::${aws:username}/*','arn:*:*:*:*:*'],'Condition':{"
                    + "'StringLike':{'k:a':'${k:b}*'},'NumericLessThan':{'k:b':'5'},'DateGreaterThan':{'k:a':'2020-01-01'},"
                    + "'IpAddress':{'k:b':['10.0.0.0/8','::1/128']},'ArnLike':{'k:a':'arn:aws:${k:b}:*:*:*'},"
                    + "'BinaryEquals':{'k:b':'AAAA'},'ForAllValues:StringEqualsIgnoreCase':{'k:c':'${k:a}'}}},"
                    + "{'Effect':'Deny','NotAction':'s3:*','NotResource':'arn:aws:s3:::${k:c, ''x''}',"
                    + "'Condition':{'Null':{'k:d':'true'},'BoolIfExists':{'k:a':'true'}}}]}").replace("''", "\\u0027"));

    @Property(tries = 300)
    void givenArbitraryRequestStrings_whenEvaluated_thenDecisionWithoutException(
            @ForAll String action, @ForAll String resource, @ForAll String a, @ForAll String b,
            @ForAll List<String> c) {
        // EVAL-10, EVAL-11, EVAL-12 over garbage values.
        ContextKeys keys = ContextKeys.builder().put("k:a", a).put("k:b", b).put("k:c", ContextValue.of(c))
                .put("aws:username", a).build();
        RequestPrincipal p = RequestPrincipal.user("arn:aws:iam::111122223333:user/u", "111122223333", "AIDAU");
        Request request = new Request(p, action, resource, null, keys);
        PolicySet set = PolicySet.builder().identity(EVERY_OPERATOR).boundary(EVERY_OPERATOR).build();
        Decision fast = PolicyEvaluator.decide(request, set);
        assertThat(PolicyEvaluator.evaluate(request, set).decision()).isEqualTo(fast);
    }
}
