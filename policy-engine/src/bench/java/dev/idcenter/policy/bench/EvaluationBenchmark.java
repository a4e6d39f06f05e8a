package dev.idcenter.policy.bench;

import dev.idcenter.policy.eval.Decision;
import dev.idcenter.policy.eval.EvaluationResult;
import dev.idcenter.policy.eval.PolicyEvaluator;
import dev.idcenter.policy.eval.PolicySet;
import dev.idcenter.policy.eval.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Decisions for a principal with 10 policies x 10 statements, every statement with two conditions, over 1024
 * varied pre-built requests. {@code decideFreshRequest} also builds the request (context keys included) each time.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    private PolicySet policies;
    private Request[] requests;
    private int next;
    private Random random;
    private final String[] teams = {"red", "blue", "green"};
    private final String[] ips = {"10.1.2.3", "192.168.7.7", "203.0.113.9", "2001:db8::1"};

    @Setup
    public void setUp() {
        policies = BenchPolicies.principalPolicies();
        List<Request> list = BenchPolicies.requests(1024);
        requests = list.toArray(new Request[0]);
        random = new Random(1);
        int allowed = 0;
        for (Request r : requests) {
            allowed += PolicyEvaluator.decide(r, policies) == Decision.ALLOWED ? 1 : 0;
        }
        System.out.println("\nallowed " + allowed + " of " + requests.length + " requests");
    }

    @Benchmark
    public Decision decide() {
        Request r = requests[next++ & 1023];
        return PolicyEvaluator.decide(r, policies);
    }

    @Benchmark
    public EvaluationResult evaluateWithExplanation() {
        Request r = requests[next++ & 1023];
        return PolicyEvaluator.evaluate(r, policies);
    }

    @Benchmark
    public Decision decideFreshRequest() {
        return PolicyEvaluator.decide(BenchPolicies.request(random, teams, ips), policies);
    }
}
