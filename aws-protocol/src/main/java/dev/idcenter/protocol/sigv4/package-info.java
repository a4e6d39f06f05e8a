/**
 * AWS Signature Version 4 verification for the non-S3 services we serve (IAM, STS, Organizations, SSO Admin,
 * Identity Store, CloudTrail). Plain Java, no Spring; the entry point is {@link dev.idcenter.protocol.sigv4.SigV4Verifier}.
 *
 * <h2>AWS behaviour choices</h2>
 * <ul>
 *   <li><b>Region and service.</b> Any syntactically valid region and service ({@code [a-z0-9][a-z0-9-]*}) is
 *       accepted and reported in {@link dev.idcenter.protocol.sigv4.VerifiedRequest}; the caller decides whether the
 *       service fits the endpoint. A malformed scope is {@code IncompleteSignature} 400 with AWS's texts
 *       ("Credential should be scoped to a valid region.", "... to correct service.", "... with a valid terminator:
 *       'aws4_request'."). Real STS/IAM answer scope errors with {@code SignatureDoesNotMatch} 403 and the same
 *       texts; we follow the project's specification (400) here.</li>
 *   <li><b>Scope date.</b> Must be the day of {@code X-Amz-Date} (else {@code Date}); otherwise
 *       {@code IncompleteSignature} 400 "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of
 *       date from HTTP: 'a' != 'b', from 'c'."</li>
 *   <li><b>Unsigned host.</b> {@code host} missing from the signed headers is {@code IncompleteSignature} 400 with
 *       AWS's text "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization." (checked before the
 *       key lookup, so no signature computation is spent on it).</li>
 *   <li><b>Time.</b> More than 5 minutes either way is {@code RequestExpired} 400 with AWS's "Signature expired: ...
 *       is now earlier than ... (... - 5 min.)" / "Signature not yet current: ... is still later than ... (... + 5
 *       min.)"; exactly 5 minutes is accepted. A presigned request with {@code X-Amz-Expires} (0..604800) is
 *       valid from 5 minutes before its date until date + expires, after which it is {@code RequestExpired} 400
 *       "Request has expired. ..." (S3 would say {@code AccessDenied} 403; the non-S3 services use
 *       RequestExpired). Without {@code X-Amz-Expires} the ±5 minute rule applies.</li>
 *   <li><b>Payload.</b> The canonical request's payload hash is the body's SHA-256. A sent
 *       {@code x-amz-content-sha256} must equal it (any case), else {@code SignatureDoesNotMatch} 403 "The provided
 *       'x-amz-content-sha256' header does not match what was computed."; {@code UNSIGNED-PAYLOAD} and
 *       {@code STREAMING-*} are refused for these services. A presigned request may have signed
 *       {@code UNSIGNED-PAYLOAD} only when it has no body (the SDK and botocore sign the empty-body hash; both are
 *       accepted), so a presigned URL never authorises a body it did not sign.</li>
 *   <li><b>Canonical URI.</b> The raw path (as sent, percent-encoded) with dot segments removed and empty segments
 *       kept, then URI-encoded once more per RFC 3986 ("double encoding"), which is what the SDK for Java v2 and
 *       botocore sign for the path they send. (botocore also collapses {@code //}; irrelevant for these services,
 *       whose path is always {@code /}.)</li>
 *   <li><b>Canonical query.</b> Raw parameters percent-decoded ({@code +} stays a plus), re-encoded per RFC 3986,
 *       sorted by encoded name then value; the presigned form leaves out {@code X-Amz-Signature} only.</li>
 *   <li><b>Both forms at once</b> ({@code Authorization} header and {@code X-Amz-*} query auth) is
 *       {@code IncompleteSignature} 400, as AWS refuses mixing the mechanisms.</li>
 *   <li><b>Unknown schemes</b> ({@code Bearer}, SigV2 {@code AWS AKID:sig}) get the missing-parameters message;
 *       {@code AWS4-*} algorithms other than {@code AWS4-HMAC-SHA256} get "Unsupported AWS 'algorithm': '...'.".
 *       Unlike AWS, messages do not echo the whole {@code Authorization} header; echoed client values are cut to
 *       40 printable characters. No message ever contains a secret, a session token or the expected signature.</li>
 *   <li><b>Order of checks</b>: presence, form and scope, host signed, time, key lookup ({@code InvalidClientTokenId}
 *       403, or whatever the resolver throws, e.g. {@code ExpiredToken}), payload hash, signature (constant-time).
 *       A session token is read from the {@code X-Amz-Security-Token} header or query parameter (the query
 *       parameter first for presigned requests) and need not be signed.</li>
 *   <li><b>Performance.</b> The derived signing key per (secret, day, region, service) is cached (4096 entries,
 *       emptied when full); {@code Mac} and {@code MessageDigest} instances are per thread. A verification costs
 *       a few microseconds.</li>
 * </ul>
 */
package dev.idcenter.protocol.sigv4;
