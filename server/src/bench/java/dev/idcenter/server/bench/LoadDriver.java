package dev.idcenter.server.bench;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Drives a running server over HTTP with the AWS SDK for Java v2 (async clients, SigV4 as any client signs) and
 * prints throughput and latency. Not a test: run it as {@code docs/performance.md} ("Server load") shows.
 * <p>
 * Scenarios: {@code reads-longterm} (GetCallerIdentity and iam:GetRole, alternating, with an IAM user's AKIA key),
 * {@code reads-temporary} (the same with credentials from AssumeRole), {@code assume-role} (AssumeRole in a loop).
 * It creates what it needs (a user with a key and an inline policy, a role trusting that user) with the root
 * credentials, warms up, then measures for the given duration with the given number of requests in flight.
 */
public final class LoadDriver {

    private final Options options;
    private final SdkAsyncHttpClient http;

    private LoadDriver(Options options) {
        this.options = options;
        this.http = NettyNioAsyncHttpClient.builder().maxConcurrency(options.concurrency)
                .maxPendingConnectionAcquires(100_000).connectionAcquisitionTimeout(Duration.ofSeconds(60)).build();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LoadDriver driver = new LoadDriver(options);
        try {
            System.exit(driver.run());
        } finally {
            driver.http.close();
        }
    }

    private int run() throws Exception {
        AwsCredentials root = options.rootCredentials();
        Fixture fixture = Fixture.create(this, root);
        System.out.printf("fixture: user %s (key %s), role %s%n", fixture.userName, fixture.user.accessKeyId(),
                fixture.roleArn);
        Supplier<CompletableFuture<?>> call;
        switch (options.scenario) {
            case "reads-longterm" -> call = reads(fixture.user);
            case "reads-temporary" -> {
                AwsCredentials session;
                try {
                    session = fixture.assumeRole(this, "load-driver-reads");
                } catch (CompletionException e) {
                    System.err.println("reads-temporary needs sts:AssumeRole, which failed: " + describe(e.getCause()));
                    System.err.println("No numbers: this scenario works once the server implements AssumeRole.");
                    return 2;
                }
                call = reads(session);
            }
            case "assume-role" -> {
                StsAsyncClient sts = sts(fixture.user);
                AtomicLong sessions = new AtomicLong();
                call = () -> sts.assumeRole(b -> b.roleArn(fixture.roleArn)
                        .roleSessionName("load-" + sessions.incrementAndGet()).durationSeconds(900));
                try {
                    call.get().join();
                } catch (CompletionException e) {
                    System.err.println("assume-role needs sts:AssumeRole, which failed: " + describe(e.getCause()));
                    return 2;
                }
            }
            default -> throw new IllegalArgumentException("unknown scenario " + options.scenario);
        }
        System.out.printf("warming up for %d s with %d requests in flight%n", options.warmupSeconds, options.concurrency);
        drive(call, options.warmupSeconds);
        System.out.printf("measuring for %d s%n", options.durationSeconds);
        Result result = drive(call, options.durationSeconds);
        result.print(options);
        return result.errors.isEmpty() ? 0 : 1;
    }

    /** GetCallerIdentity and iam:GetRole, alternating. */
    private Supplier<CompletableFuture<?>> reads(AwsCredentials credentials) {
        StsAsyncClient sts = sts(credentials);
        IamAsyncClient iam = iam(credentials);
        String roleName = Fixture.ROLE_NAME;
        AtomicLong n = new AtomicLong();
        return () -> (n.incrementAndGet() & 1) == 0 ? sts.getCallerIdentity() : iam.getRole(b -> b.roleName(roleName));
    }

    /** Keeps {@code concurrency} calls in flight for {@code seconds}: each finished call starts the next one. */
    private Result drive(Supplier<CompletableFuture<?>> call, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Result result = new Result(options.concurrency);
        CountDownLatch done = new CountDownLatch(options.concurrency);
        long started = System.nanoTime();
        for (int i = 0; i < options.concurrency; i++) {
            next(call, end, result.latencies[i], result, done);
        }
        done.await();
        result.elapsedNanos = System.nanoTime() - started;
        return result;
    }

    private void next(Supplier<CompletableFuture<?>> call, long end, Latencies latencies, Result result,
                      CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        long start = System.nanoTime();
        call.get().whenComplete((response, error) -> {
            if (error == null) {
                latencies.add(System.nanoTime() - start);
            } else {
                result.errors.computeIfAbsent(describe(error), k -> new LongAdder()).increment();
            }
            next(call, end, latencies, result, done);
        });
    }

    StsAsyncClient sts(AwsCredentials credentials) {
        return StsAsyncClient.builder().endpointOverride(options.endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).httpClient(http)
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none())).build();
    }

    IamAsyncClient iam(AwsCredentials credentials) {
        return IamAsyncClient.builder().endpointOverride(options.endpoint).region(Region.AWS_GLOBAL)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).httpClient(http)
                .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none())).build();
    }

    static AwsCredentials sessionCredentials(Credentials credentials) {
        return AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretAccessKey(),
                credentials.sessionToken());
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.awsErrorDetails().errorCode() + " (HTTP " + aws.statusCode() + ")";
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The measured latencies of one in-flight slot (only its own callbacks write it, one at a time). */
    static final class Latencies {
        private long[] nanos = new long[1024];
        private int size;

        void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }
    }

    /** What one run measured. */
    static final class Result {
        final Latencies[] latencies;
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        long elapsedNanos;

        Result(int slots) {
            latencies = new Latencies[slots];
            Arrays.setAll(latencies, i -> new Latencies());
        }

        void print(Options options) {
            long[] all = Arrays.stream(latencies).flatMapToLong(l -> Arrays.stream(l.nanos, 0, l.size)).sorted().toArray();
            double seconds = elapsedNanos / 1e9;
            System.out.printf("scenario %s, %d in flight, %.1f s: %d ok, %d errors%n", options.scenario,
                    options.concurrency, seconds, all.length, errors.values().stream().mapToLong(LongAdder::sum).sum());
            System.out.printf("throughput %.0f calls/s%n", all.length / seconds);
            if (all.length > 0) {
                System.out.printf("latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n", percentile(all, 0.50),
                        percentile(all, 0.90), percentile(all, 0.99), all[all.length - 1] / 1e6);
            }
            errors.forEach((code, count) -> System.out.printf("error %s: %d%n", code, count.sum()));
        }

        private static double percentile(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    /** Command-line options: {@code --name value}. */
    record Options(URI endpoint, String scenario, int durationSeconds, int warmupSeconds, int concurrency,
                   Path credentialsFile) {

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            return new Options(URI.create(given.getOrDefault("endpoint", "http://127.0.0.1:8080")),
                    given.getOrDefault("scenario", "reads-longterm"),
                    Integer.parseInt(given.getOrDefault("duration", "30")),
                    Integer.parseInt(given.getOrDefault("warmup", "10")),
                    Integer.parseInt(given.getOrDefault("concurrency", "64")),
                    Path.of(given.getOrDefault("credentials", "data/root-credentials")));
        }

        /** {@code IDC_ROOT_ACCESS_KEY_ID} / {@code IDC_ROOT_SECRET_ACCESS_KEY}, else the server's credentials file. */
        AwsCredentials rootCredentials() throws IOException {
            String id = System.getenv("IDC_ROOT_ACCESS_KEY_ID");
            String secret = System.getenv("IDC_ROOT_SECRET_ACCESS_KEY");
            if (id != null && secret != null) {
                return AwsBasicCredentials.create(id, secret);
            }
            Map<String, String> values = new HashMap<>();
            for (String line : Files.readAllLines(credentialsFile)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                }
            }
            if (!values.containsKey("aws_access_key_id") || !values.containsKey("aws_secret_access_key")) {
                throw new IllegalArgumentException("no root credentials in " + credentialsFile.toAbsolutePath());
            }
            return AwsBasicCredentials.create(values.get("aws_access_key_id"), values.get("aws_secret_access_key"));
        }
    }
}
