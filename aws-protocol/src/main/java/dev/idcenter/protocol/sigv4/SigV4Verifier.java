package dev.idcenter.protocol.sigv4;

import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.sigv4.SigV4Canonical.QueryParam;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) on an incoming request, in the {@code Authorization}
 * header form and the presigned query-string form, as AWS does for its non-S3 services (IAM, STS, Organizations,
 * SSO Admin, Identity Store, CloudTrail).
 *
 * <p>Checks, in this order, each failing with the AWS error code and HTTP status shown:
 * <ol>
 *   <li>some signature is present, else {@code MissingAuthenticationToken} 403;</li>
 *   <li>the {@code Authorization} header (or {@code X-Amz-*} query parameters) is complete and well formed, the
 *       algorithm is {@code AWS4-HMAC-SHA256}, the credential scope is {@code AKID/yyyyMMdd/region/service/aws4_request}
 *       with any syntactically valid region and service, its date is the request date's day, and {@code host} is a
 *       signed header, else {@code IncompleteSignature} 400;</li>
 *   <li>the request time ({@code X-Amz-Date}, else {@code Date}) is within 5 minutes of the clock, and a presigned
 *       request has not outlived its {@code X-Amz-Expires}, else {@code RequestExpired} 400;</li>
 *   <li>the access key is known to the {@link SigningKeyResolver}, else {@code InvalidClientTokenId} 403;</li>
 *   <li>{@code x-amz-content-sha256}, when sent, is the body's SHA-256, and the signature matches (compared in
 *       constant time), else {@code SignatureDoesNotMatch} 403.</li>
 * </ol>
 * Verification has no side effect besides the bounded signing-key cache. No error message carries a secret, a
 * session token or the expected signature.
 *
 * <p>Thread-safe; meant to be shared. The derived signing key per (secret, day, region, service) is cached, so the
 * steady-state cost of a verification is two SHA-256 digests and one or two HMACs.
 *
 * @param <P> the application's principal type
 */
public final class SigV4Verifier<P> {

    /** The only algorithm AWS SigV4 (non-asymmetric) knows. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** The largest difference between the request time and the clock that AWS accepts. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The longest a presigned URL may live, in seconds (7 days, as AWS). */
    public static final long MAX_PRESIGN_EXPIRES_SECONDS = 604_800L;
    /** The literal a presigned request may sign instead of the body's hash. */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    static final String AUTHORIZATION = "Authorization";
    static final String X_AMZ_DATE = "X-Amz-Date";
    static final String X_AMZ_SECURITY_TOKEN = "X-Amz-Security-Token";
    static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";
    static final String Q_ALGORITHM = "X-Amz-Algorithm";
    static final String Q_CREDENTIAL = "X-Amz-Credential";
    static final String Q_DATE = "X-Amz-Date";
    static final String Q_EXPIRES = "X-Amz-Expires";
    static final String Q_SIGNED_HEADERS = "X-Amz-SignedHeaders";
    static final String Q_SIGNATURE = "X-Amz-Signature";
    static final String Q_SECURITY_TOKEN = "X-Amz-Security-Token";

    static final String SIGNATURE_DOES_NOT_MATCH_MESSAGE = "The request signature we calculated does not match the"
            + " signature you provided. Check your AWS Secret Access Key and signing method. Consult the service"
            + " documentation for details.";

    private static final String TERMINATOR = "aws4_request";
    private static final int KEY_CACHE_MAX_ENTRIES = 4096;
    private static final DateTimeFormatter AMZ_DATE_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT).withZone(ZoneOffset.UTC);
    private static final Pattern AMZ_DATE_PATTERN = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern SCOPE_DATE_PATTERN = Pattern.compile("\\d{8}");
    private static final Pattern NAME_PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-fA-F]{64}");
    private static final HexFormat HEX = HexFormat.of();
    private static final String EMPTY_BODY_SHA256 =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    private final Clock clock;
    private final SigningKeyResolver<P> resolver;
    private final ConcurrentHashMap<KeyScope, byte[]> signingKeys = new ConcurrentHashMap<>();

    public SigV4Verifier(Clock clock, SigningKeyResolver<P> resolver) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Whether the request carries a SigV4 signature at all: an {@code Authorization} header or an {@code X-Amz-Signature} query parameter. */
    public static boolean isSigned(RawHttpRequest r) {
        if (r.header(AUTHORIZATION).isPresent()) {
            return true;
        }
        String q = r.rawQuery();
        if (q.isEmpty() || !q.contains("X-Amz-Signature") && !q.contains("%")) {
            return false;
        }
        return SigV4Canonical.parseQuery(q).stream().anyMatch(p -> Q_SIGNATURE.equals(p.name()));
    }

    /**
     * Verifies the request's signature.
     *
     * @return who signed it, with the credential scope
     * @throws AwsErrorException {@code MissingAuthenticationToken}, {@code IncompleteSignature},
     *                           {@code RequestExpired}, {@code InvalidClientTokenId}, {@code SignatureDoesNotMatch},
     *                           or whatever the resolver throws
     */
    public VerifiedRequest<P> verify(RawHttpRequest request) {
        List<QueryParam> query = SigV4Canonical.parseQuery(request.rawQuery());
        Optional<String> authorization = request.header(AUTHORIZATION);
        boolean queryAuth = query.stream().anyMatch(p -> Q_ALGORITHM.equals(p.name())
                || Q_SIGNATURE.equals(p.name()) || Q_CREDENTIAL.equals(p.name()));
        Auth auth;
        if (authorization.isPresent()) {
            if (queryAuth) {
                throw incomplete("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the"
                        + " Authorization header should be specified.");
            }
            auth = parseHeaderAuth(authorization.get(), request);
        } else if (queryAuth) {
            auth = parseQueryAuth(query);
        } else {
            throw new AwsErrorException("MissingAuthenticationToken", 403, "Request is missing Authentication Token");
        }

        checkTime(auth);

        Optional<String> sessionToken = sessionToken(auth.presigned(), request, query);
        SigningKey<P> key = resolver.resolve(auth.accessKeyId(), sessionToken)
                .orElseThrow(() -> new AwsErrorException("InvalidClientTokenId", 403,
                        "The security token included in the request is invalid."));

        List<String> payloadHashes = payloadHashCandidates(auth.presigned(), request);

        String canonicalPrefix = request.method() + '\n'
                + SigV4Canonical.canonicalUri(request.path()) + '\n'
                + SigV4Canonical.canonicalQuery(query, auth.presigned() ? Q_SIGNATURE : null) + '\n'
                + SigV4Canonical.canonicalHeaders(auth.signedHeaders(), request.headers()) + '\n'
                + String.join(";", auth.signedHeaders()) + '\n';
        String scope = auth.scopeDate() + '/' + auth.region() + '/' + auth.service() + '/' + TERMINATOR;
        byte[] signingKey = signingKey(key.secretAccessKey(), auth.scopeDate(), auth.region(), auth.service());
        byte[] provided = auth.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);

        boolean matched = false;
        for (String payloadHash : payloadHashes) {
            String stringToSign = ALGORITHM + '\n' + auth.amzDate() + '\n' + scope + '\n'
                    + hexSha256((canonicalPrefix + payloadHash).getBytes(StandardCharsets.UTF_8));
            byte[] expected = HEX.formatHex(hmac(signingKey, stringToSign)).getBytes(StandardCharsets.US_ASCII);
            matched |= MessageDigest.isEqual(expected, provided);
        }
        if (!matched) {
            throw signatureDoesNotMatch(SIGNATURE_DOES_NOT_MATCH_MESSAGE);
        }
        return new VerifiedRequest<>(key.principal(), auth.accessKeyId(), auth.region(), auth.service(),
                auth.signedAt(), sessionToken, auth.presigned());
    }

    // ---- parsing -----------------------------------------------------------------------------------------------

    private record Auth(boolean presigned, String accessKeyId, String scopeDate, String region, String service,
                        List<String> signedHeaders, String signature, String amzDate, Instant signedAt,
                        Optional<Long> expiresSeconds) {
    }

    private Auth parseHeaderAuth(String header, RawHttpRequest request) {
        String value = header.trim();
        int space = indexOfWhitespace(value);
        String algorithm = space < 0 ? value : value.substring(0, space);
        String rest = space < 0 ? "" : value.substring(space + 1);
        if (!ALGORITHM.equals(algorithm) && algorithm.startsWith("AWS4-")) {
            throw incomplete("Unsupported AWS 'algorithm': '" + printable(algorithm) + "'.");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        if (ALGORITHM.equals(algorithm)) {
            for (String piece : rest.split(",")) {
                String p = piece.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                if (eq < 0) {
                    throw incomplete("Invalid key=value pair (missing equal-sign) in Authorization header.");
                }
                String name = p.substring(0, eq).trim();
                String v = p.substring(eq + 1).trim();
                switch (name) {
                    case "Credential" -> credential = v;
                    case "SignedHeaders" -> signedHeaders = v;
                    case "Signature" -> signature = v;
                    default -> { /* AWS ignores unknown parameters */ }
                }
            }
        }
        Optional<String> amzDate = request.header(X_AMZ_DATE).map(String::trim);
        Optional<String> httpDate = request.header("Date").map(String::trim);
        List<String> problems = new ArrayList<>();
        if (isBlank(credential)) {
            problems.add("Authorization header requires 'Credential' parameter.");
        }
        if (isBlank(signature)) {
            problems.add("Authorization header requires 'Signature' parameter.");
        }
        if (isBlank(signedHeaders)) {
            problems.add("Authorization header requires 'SignedHeaders' parameter.");
        }
        if (amzDate.isEmpty() && httpDate.isEmpty()) {
            problems.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!problems.isEmpty()) {
            throw incomplete(String.join(" ", problems));
        }
        if (amzDate.isPresent()) {
            return completeAuth(false, credential, signedHeaders, signature, parseAmzDate(amzDate.get()),
                    amzDate.get(), Optional.empty(), "Authorization header");
        }
        Instant signedAt = parseHttpDate(httpDate.get());
        return completeAuth(false, credential, signedHeaders, signature, signedAt, AMZ_DATE_FORMAT.format(signedAt),
                Optional.empty(), "Authorization header");
    }

    private Auth parseQueryAuth(List<QueryParam> query) {
        String algorithm = first(query, Q_ALGORITHM);
        String credential = first(query, Q_CREDENTIAL);
        String signature = first(query, Q_SIGNATURE);
        String signedHeaders = first(query, Q_SIGNED_HEADERS);
        String date = first(query, Q_DATE);
        String expires = first(query, Q_EXPIRES);
        List<String> problems = new ArrayList<>();
        for (String[] required : new String[][] {{Q_ALGORITHM, algorithm}, {Q_CREDENTIAL, credential},
                {Q_SIGNATURE, signature}, {Q_SIGNED_HEADERS, signedHeaders}, {Q_DATE, date}}) {
            if (isBlank(required[1])) {
                problems.add("AWS query-string parameters must include '" + required[0] + "'.");
            }
        }
        if (!problems.isEmpty()) {
            throw incomplete(String.join(" ", problems) + " Re-examine the query-string parameters.");
        }
        if (!ALGORITHM.equals(algorithm)) {
            throw incomplete("X-Amz-Algorithm only supports '" + ALGORITHM + "'.");
        }
        Optional<Long> expiresSeconds = Optional.empty();
        if (expires != null) {
            long seconds;
            try {
                seconds = Long.parseLong(expires.trim());
            } catch (NumberFormatException e) {
                throw incomplete("X-Amz-Expires should be a number.");
            }
            if (seconds < 0) {
                throw incomplete("X-Amz-Expires must be non-negative.");
            }
            if (seconds > MAX_PRESIGN_EXPIRES_SECONDS) {
                throw incomplete("X-Amz-Expires must be less than a week (in seconds) that is 604800.");
            }
            expiresSeconds = Optional.of(seconds);
        }
        return completeAuth(true, credential, signedHeaders, signature, parseAmzDate(date.trim()), date.trim(),
                expiresSeconds, "X-Amz-SignedHeaders");
    }

    /** {@code amzDate} is {@code signedAt} in the basic ISO-8601 format the string to sign carries. */
    private Auth completeAuth(boolean presigned, String credential, String signedHeadersValue, String signature,
                              Instant signedAt, String amzDate, Optional<Long> expires, String signedHeadersSource) {
        String[] scope = credential.split("/", -1);
        if (scope.length != 5 || scope[0].isEmpty()) {
            throw incomplete("Credential is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
        }
        String accessKeyId = scope[0];
        String scopeDate = scope[1];
        String region = scope[2];
        String service = scope[3];
        if (!NAME_PATTERN.matcher(region).matches()) {
            throw incomplete("Credential should be scoped to a valid region.");
        }
        if (!NAME_PATTERN.matcher(service).matches()) {
            throw incomplete("Credential should be scoped to correct service.");
        }
        if (!TERMINATOR.equals(scope[4])) {
            throw incomplete("Credential should be scoped with a valid terminator: '" + TERMINATOR + "'.");
        }
        if (!SCOPE_DATE_PATTERN.matcher(scopeDate).matches() || !amzDate.startsWith(scopeDate)) {
            throw incomplete("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from"
                    + " HTTP: '" + printable(scopeDate) + "' != '" + amzDate.substring(0, 8) + "', from '"
                    + amzDate + "'.");
        }
        List<String> signedHeaders = new ArrayList<>();
        for (String h : signedHeadersValue.split(";")) {
            String name = h.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !signedHeaders.contains(name)) {
                signedHeaders.add(name);
            }
        }
        signedHeaders.sort(null);
        if (!signedHeaders.contains("host")) {
            throw incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (!HEX_SIGNATURE.matcher(signature).matches()) {
            // Not a SigV4 signature at all; it cannot match, but the key lookup and timing must not differ.
            signature = "";
        }
        return new Auth(presigned, accessKeyId, scopeDate, region, service, List.copyOf(signedHeaders), signature,
                amzDate, signedAt, expires);
    }

    /**
     * Parses the basic ISO-8601 format by its fixed positions: the pattern leaves only digits there, and a date that
     * does not exist fails {@code LocalDateTime.of}. A value that passes prints back exactly as it came, which is
     * what the string to sign holds. (The formatter's parse was a tenth of the verification's CPU.)
     */
    private static Instant parseAmzDate(String value) {
        if (AMZ_DATE_PATTERN.matcher(value).matches()) {
            try {
                return LocalDateTime.of(digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8),
                        digits(value, 9, 11), digits(value, 11, 13), digits(value, 13, 15)).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                // fall through
            }
        }
        throw incomplete("Date must be in ISO-8601 'basic format'. Got '" + printable(value)
                + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    private static int digits(String value, int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }

    private static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw incomplete("Date header must be in RFC 1123 format, e.g. 'Tue, 3 Jun 2008 11:05:30 GMT'. Got '"
                    + printable(value) + "'.");
        }
    }

    // ---- time ---------------------------------------------------------------------------------------------------

    private void checkTime(Auth auth) {
        Instant now = clock.instant();
        Instant signedAt = auth.signedAt();
        Instant latestAllowed = now.plus(MAX_CLOCK_SKEW);
        if (signedAt.isAfter(latestAllowed)) {
            throw new AwsErrorException("RequestExpired", 400, "Signature not yet current: " + auth.amzDate()
                    + " is still later than " + AMZ_DATE_FORMAT.format(latestAllowed) + " ("
                    + AMZ_DATE_FORMAT.format(now) + " + 5 min.)");
        }
        if (auth.expiresSeconds().isPresent()) {
            Instant expiresAt = signedAt.plusSeconds(auth.expiresSeconds().get());
            if (now.isAfter(expiresAt)) {
                throw new AwsErrorException("RequestExpired", 400, "Request has expired. X-Amz-Expires: "
                        + auth.expiresSeconds().get() + ", X-Amz-Date: " + auth.amzDate() + ", expired at "
                        + AMZ_DATE_FORMAT.format(expiresAt) + ", now " + AMZ_DATE_FORMAT.format(now) + ".");
            }
            return;
        }
        Instant earliestAllowed = now.minus(MAX_CLOCK_SKEW);
        if (signedAt.isBefore(earliestAllowed)) {
            throw new AwsErrorException("RequestExpired", 400, "Signature expired: " + auth.amzDate()
                    + " is now earlier than " + AMZ_DATE_FORMAT.format(earliestAllowed) + " ("
                    + AMZ_DATE_FORMAT.format(now) + " - 5 min.)");
        }
    }

    // ---- payload ------------------------------------------------------------------------------------------------

    /**
     * The payload hashes the client may have signed. Normally just the body's SHA-256. A sent
     * {@code x-amz-content-sha256} must equal it; a presigned request with an empty body may also have signed
     * {@code UNSIGNED-PAYLOAD} (a presigned request with a body may not: its body would be unauthenticated).
     */
    private static List<String> payloadHashCandidates(boolean presigned, RawHttpRequest request) {
        byte[] body = request.body();
        String bodyHash = body.length == 0 ? EMPTY_BODY_SHA256 : hexSha256(body);
        Optional<String> declared = request.header(X_AMZ_CONTENT_SHA256).map(String::trim);
        if (declared.isPresent()) {
            String d = declared.get();
            if (d.equalsIgnoreCase(bodyHash)) {
                return List.of(d);
            }
            if (presigned && body.length == 0 && UNSIGNED_PAYLOAD.equals(d)) {
                return List.of(d);
            }
            if (d.startsWith("STREAMING-") || UNSIGNED_PAYLOAD.equals(d)) {
                throw signatureDoesNotMatch("The 'x-amz-content-sha256' value '" + printable(d)
                        + "' is not supported by this service; sign the SHA-256 of the body.");
            }
            throw signatureDoesNotMatch("The provided 'x-amz-content-sha256' header does not match what was"
                    + " computed.");
        }
        if (presigned && body.length == 0) {
            return List.of(bodyHash, UNSIGNED_PAYLOAD);
        }
        return List.of(bodyHash);
    }

    private static Optional<String> sessionToken(boolean presigned, RawHttpRequest request, List<QueryParam> query) {
        Optional<String> fromHeader = request.header(X_AMZ_SECURITY_TOKEN).filter(t -> !t.isEmpty());
        Optional<String> fromQuery = Optional.ofNullable(first(query, Q_SECURITY_TOKEN)).filter(t -> !t.isEmpty());
        return presigned ? fromQuery.or(() -> fromHeader) : fromHeader.or(() -> fromQuery);
    }

    // ---- crypto -------------------------------------------------------------------------------------------------

    /** The derived key for (secret, day, region, service); cached, with the cache emptied when it grows too big. */
    private byte[] signingKey(String secret, String date, String region, String service) {
        KeyScope scope = new KeyScope(secret, date, region, service);
        byte[] cached = signingKeys.get(scope);
        if (cached != null) {
            return cached;
        }
        byte[] kDate = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        byte[] kRegion = hmac(kDate, region);
        byte[] kService = hmac(kRegion, service);
        byte[] kSigning = hmac(kService, TERMINATOR);
        if (signingKeys.size() >= KEY_CACHE_MAX_ENTRIES) {
            signingKeys.clear();
        }
        signingKeys.put(scope, kSigning);
        return kSigning;
    }

    int cachedSigningKeys() {
        return signingKeys.size();
    }

    /** A signing-key cache key; holds the secret, so its {@code toString} must not print it. */
    private static final class KeyScope {
        private final String secret;
        private final String date;
        private final String region;
        private final String service;
        private final int hash;

        KeyScope(String secret, String date, String region, String service) {
            this.secret = secret;
            this.date = date;
            this.region = region;
            this.service = service;
            this.hash = Objects.hash(secret, date, region, service);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KeyScope k && hash == k.hash && secret.equals(k.secret) && date.equals(k.date)
                    && region.equals(k.region) && service.equals(k.service);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "KeyScope[" + date + "/" + region + "/" + service + "]";
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot initialise HmacSHA256", e);
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hexSha256(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return HEX.formatHex(digest.digest(data));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static AwsErrorException incomplete(String message) {
        return new AwsErrorException("IncompleteSignature", 400, message);
    }

    private static AwsErrorException signatureDoesNotMatch(String message) {
        return new AwsErrorException("SignatureDoesNotMatch", 403, message);
    }

    private static String first(List<QueryParam> query, String name) {
        for (QueryParam p : query) {
            if (name.equals(p.name())) {
                return p.value();
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Client input echoed in a message: printable ASCII only, at most 40 characters. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 40));
        for (int i = 0; i < s.length() && sb.length() < 40; i++) {
            char c = s.charAt(i);
            sb.append(c >= 0x20 && c < 0x7F && c != '\'' ? c : '?');
        }
        return s.length() > 40 ? sb + "..." : sb.toString();
    }
}
