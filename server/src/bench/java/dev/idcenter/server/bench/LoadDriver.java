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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Drives a running server over HTTP and prints throughput and latency. Every measured call is a real AWS request,
 * SigV4-signed with the SDK's signer, sent over HTTP/1.1 keep-alive connections by a deliberately small client
 * ({@link KeepAliveConnection}); the fixture is created with the SDK's async clients. Not a test: run it as {@code docs/performance.md} ("Server load") shows.
 * <p>
 * Scenarios: {@code reads-longterm} (GetCallerIdentity and iam:GetRole, alternating, with an IAM user's AKIA key),
 * {@code reads-temporary} (the same with credentials from AssumeRole), {@code assume-role} (AssumeRole in a loop).
 * It creates what it needs (a user with a key and an inline policy, a role trusting that user) with the root
 * credentials, warms up, then measures for the given duration with the given number of requests in flight.
 */
public final class LoadDriver {

    private static final String STS_VERSION = "2011-06-15";
    private static final String IAM_VERSION = "2010-05-08";

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

    private static final int ASSUME_ROLE_REQUESTS = 256;

    private int run() throws Exception {
        AwsCredentials root = options.rootCredentials();
        Fixture fixture = Fixture.create(this, root);
        System.out.printf("fixture: user %s (key %s), role %s%n", fixture.userName, fixture.user.accessKeyId(),
                fixture.roleArn);
        Supplier<byte[]> call;
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
                try {
                    fixture.assumeRole(this, "load-driver-check");
                } catch (CompletionException e) {
                    System.err.println("assume-role needs sts:AssumeRole, which failed: " + describe(e.getCause()));
                    return 2;
                }
                call = assumeRoles(fixture);
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

    /** GetCallerIdentity and iam:GetRole, alternating, each signed once and sent again until due for signing. */
    private Supplier<byte[]> reads(AwsCredentials credentials) {
        SignedCall getCallerIdentity = new SignedCall(options.endpoint, "sts", credentials,
                SignedCall.form("GetCallerIdentity", STS_VERSION));
        SignedCall getRole = new SignedCall(options.endpoint, "iam", credentials,
                SignedCall.form("GetRole", IAM_VERSION, "RoleName", Fixture.ROLE_NAME));
        AtomicLong n = new AtomicLong();
        return () -> (n.incrementAndGet() & 1) == 0 ? getCallerIdentity.get() : getRole.get();
    }

    /**
     * AssumeRole, round robin over {@link #ASSUME_ROLE_REQUESTS} session names, each request signed once and sent again
     * until due for signing, as the reads are. Every call still starts a new session (its own id, keys and record): AWS
     * accepts the same session name again, and signing every call afresh with the SDK's signer cost the driver about
     * as much CPU as the server spent on the call, on the same two cores.
     */
    private Supplier<byte[]> assumeRoles(Fixture fixture) {
        List<SignedCall> requests = new ArrayList<>();
        for (int i = 0; i < ASSUME_ROLE_REQUESTS; i++) {
            requests.add(new SignedCall(options.endpoint, "sts", fixture.user, SignedCall.form("AssumeRole",
                    STS_VERSION, "RoleArn", fixture.roleArn, "RoleSessionName", "load-" + i, "DurationSeconds", "900")));
        }
        AtomicLong n = new AtomicLong();
        return () -> requests.get((int) (n.getAndIncrement() % ASSUME_ROLE_REQUESTS)).get();
    }

    /**
     * Keeps {@code concurrency} calls in flight for {@code seconds}: one thread per call in flight, each with its own
     * keep-alive connection, starting its next call when its last one is answered.
     */
    private Result drive(Supplier<byte[]> call, int seconds) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Result result = new Result(options.concurrency);
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < options.concurrency; i++) {
            Latencies latencies = result.latencies[i];
            Thread thread = new Thread(() -> callUntil(call, end, latencies, result), "load-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        result.elapsedNanos = System.nanoTime() - started;
        return result;
    }

    private void callUntil(Supplier<byte[]> call, long end, Latencies latencies, Result result) {
        try (KeepAliveConnection connection = new KeepAliveConnection(options.endpoint)) {
            while (System.nanoTime() < end) {
                byte[] request = call.get();
                long start = System.nanoTime();
                String error;
                try {
                    KeepAliveConnection.Response response = connection.exchange(request);
                    error = response.status() == 200 ? null : response.errorDescription();
                } catch (IOException e) {
                    error = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                if (error == null) {
                    latencies.add(System.nanoTime() - start);
                } else {
                    result.errors.computeIfAbsent(error, k -> new LongAdder()).increment();
                }
            }
        }
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

    /** The measured latencies of one in-flight slot (only its own thread writes it). */
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
