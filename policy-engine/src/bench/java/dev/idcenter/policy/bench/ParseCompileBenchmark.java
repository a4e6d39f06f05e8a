package dev.idcenter.policy.bench;

import dev.idcenter.policy.eval.CompiledPolicy;
import dev.idcenter.policy.eval.PolicyCompiler;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** Parse, validate and compile of a policy of about 6 KB (the managed-policy quota). */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseCompileBenchmark {

    private String text;

    @Setup
    public void setUp() {
        text = BenchPolicies.sixKilobytePolicy();
        System.out.println("\npolicy size " + PolicyParser.countedSize(text) + " chars without whitespace, "
                + PolicyParser.parse(text, PolicyType.IDENTITY).statements().size() + " statements");
    }

    @Benchmark
    public CompiledPolicy parseAndCompile() {
        return PolicyCompiler.compile(PolicyParser.parse(text, PolicyType.IDENTITY), "p");
    }
}
