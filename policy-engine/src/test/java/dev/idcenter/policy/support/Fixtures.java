package dev.idcenter.policy.support;

import dev.idcenter.policy.condition.ContextKeys;
import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.PolicyCompiler;
import dev.idcenter.policy.eval.Request;
import dev.idcenter.policy.eval.RequestPrincipal;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;

/** Short-hands for tests: policies are written with single quotes and compiled under an id. */
public final class Fixtures {

    public static final String ACCOUNT = "111122223333";
    public static final String OTHER_ACCOUNT = "444455556666";
    public static final String ALICE_ARN = "arn:aws:iam::" + ACCOUNT + ":user/alice";
    public static final RequestPrincipal ALICE = RequestPrincipal.user(ALICE_ARN, ACCOUNT, "AIDAALICE0000000000001");

    private Fixtures() {
    }

    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    public static CompiledPolicy policy(PolicyType type, String id, String singleQuoted) {
        return PolicyCompiler.compile(PolicyParser.parse(json(singleQuoted), type), id);
    }

    public static CompiledPolicy identity(String singleQuoted) {
        return policy(PolicyType.IDENTITY, "identity", singleQuoted);
    }

    /** A one-statement identity policy. */
    public static CompiledPolicy statement(String effect, String action, String resource) {
        return identity("{'Version':'2012-10-17','Statement':{'Effect':'" + effect + "','Action':'" + action
                + "','Resource':'" + resource + "'}}");
    }

    public static Request request(RequestPrincipal p, String action, String resource) {
        return new Request(p, action, resource, null, ContextKeys.EMPTY);
    }

    public static Request request(RequestPrincipal p, String action, String resource, ContextKeys keys) {
        return new Request(p, action, resource, null, keys);
    }
}
