package dev.idcenter.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.audit.AuditRecorder;
import dev.idcenter.command.audit.AuditedCall;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.HttpResponseData;
import dev.idcenter.protocol.OperationCall;
import dev.idcenter.protocol.ProtocolCodec;
import dev.idcenter.protocol.RawHttpRequest;
import dev.idcenter.protocol.ServiceModel;
import dev.idcenter.protocol.sigv4.SigV4Verifier;
import dev.idcenter.protocol.sigv4.VerifiedRequest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every AWS API request passes here, in AWS's order: authenticate (SigV4), find the operation, decode and validate
 * the input against the AWS model, authorize, run the handler, answer in the service's protocol. Whatever happens, the call is
 * recorded as an audit event, and the client never sees a stack trace.
 */
@Component
public class ApiFrontDoor {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFrontDoor.class);
    private static final java.util.regex.Pattern CREDENTIAL = java.util.regex.Pattern.compile("Credential=([^/,\\s]+)/");
    private static final java.util.regex.Pattern PRESIGNED_CREDENTIAL = java.util.regex.Pattern.compile("(?:^|&)X-Amz-Credential=([^%/&]+)(?:%2F|/)");
    private static final java.util.regex.Pattern ACCESS_KEY_ID = java.util.regex.Pattern.compile("[A-Z0-9]{16,128}");
    private static final AwsErrorException AUDIT_FAILED = new AwsErrorException("ServiceUnavailable", 503,
            "The request could not be recorded in the audit trail. Retry later.", false);
    private final ProtocolCodec codec;
    private final SigV4Verifier<Caller> verifier;
    private final OperationRegistry operations;
    private final CallAuthorizer authorizer;
    private final AuditRecorder audit;
    private final Clock clock;

    public ApiFrontDoor(ProtocolCodec codec, SigV4Verifier<Caller> verifier, OperationRegistry operations,
                        CallAuthorizer authorizer, AuditRecorder audit, Clock clock) {
        this.codec = codec;
        this.verifier = verifier;
        this.operations = operations;
        this.authorizer = authorizer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers a request whose body is over the limit without reading it (the body of {@code request} is empty). */
    public HttpResponseData refuseTooLarge(RawHttpRequest request, int maxBytes) {
        String requestId = UUID.randomUUID().toString();
        Attempt attempt = new Attempt();
        attempt.error = new AwsErrorException("RequestEntityTooLarge", 413,
                "The request body is larger than the maximum of " + maxBytes + " bytes.");
        HttpResponseData response = codec.error(codec.serviceForErrors(request), attempt.error, requestId);
        return recordAudit(requestId, clock.instant(), request, attempt) ? response : auditFailed(request, requestId);
    }

    public HttpResponseData handle(RawHttpRequest request) {
        String requestId = UUID.randomUUID().toString();
        Instant receivedAt = clock.instant();
        Attempt attempt = new Attempt();
        HttpResponseData response;
        try {
            VerifiedRequest<Caller> verified = verifier.verify(request);
            attempt.caller = verified.principal();
            attempt.region = verified.region();
            attempt.call = codec.route(request);
            attempt.input = codec.decodeInput(attempt.call, request);
            OperationHandler handler = operations.find(attempt.call.actionName())
                    .orElseThrow(attempt.call::notImplemented);
            ApiCall call = new ApiCall(requestId, receivedAt, verified.principal(), verified.region(),
                    request.sourceIp(), request.header("User-Agent").orElse(null));
            attempt.apiCall = call;
            authorizer.authorize(call, attempt.call, attempt.input);
            attempt.output = handler.handle(call, attempt.input);
            response = codec.success(attempt.call, attempt.output, requestId);
        } catch (AwsErrorException e) {
            attempt.error = e;
            response = codec.error(serviceFor(attempt, request), e, requestId);
        } catch (RuntimeException e) {
            LOG.error("Request {} failed", requestId, e);
            attempt.error = new AwsErrorException("InternalFailure", 500,
                    "The request processing has failed because of an unknown error, exception or failure.", false);
            response = codec.error(serviceFor(attempt, request), attempt.error, requestId);
        }
        return recordAudit(requestId, receivedAt, request, attempt) ? response : auditFailed(attempt, request, requestId);
    }

    private ServiceModel serviceFor(Attempt attempt, RawHttpRequest request) {
        return attempt.call != null ? attempt.call.service() : codec.serviceForErrors(request);
    }

    /** Whether the call's audit record, and the events a successful call stores with it, are durable (AUDIT-1). */
    private boolean recordAudit(String requestId, Instant receivedAt, RawHttpRequest request, Attempt attempt) {
        String service = attempt.call != null ? attempt.call.service().signingName()
                : codec.serviceForErrors(request).signingName();
        try {
            var events = attempt.error == null && attempt.apiCall != null ? attempt.apiCall.events().staged()
                    : List.<DomainEventMessage<?>>of();
            audit.record(new AuditedCall(requestId, receivedAt, request, service + ".amazonaws.com", attempt.call,
                    attempt.caller, attempt.region, attempt.input, attempt.output, attempt.error), events);
            return true;
        } catch (RuntimeException e) {
            LOG.error("Audit record of request {} could not be stored", requestId, e);
            return false;
        }
    }

    /**
     * No answer leaves without its audit record: what the call did stands if it committed before (a command), the
     * events it left to the audit record's transaction are not stored (a new session), its output (an issued secret,
     * say) is withheld, and the client is told to retry later.
     */
    private HttpResponseData auditFailed(Attempt attempt, RawHttpRequest request, String requestId) {
        return codec.error(serviceFor(attempt, request), AUDIT_FAILED, requestId);
    }

    private HttpResponseData auditFailed(RawHttpRequest request, String requestId) {
        return codec.error(codec.serviceForErrors(request), AUDIT_FAILED, requestId);
    }

    /** The access key id a request that failed authentication claimed to be signed with, for the audit record. */
    public static String claimedAccessKeyId(RawHttpRequest request) {
        String credential = request.header("Authorization")
                .map(value -> CREDENTIAL.matcher(value))
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1))
                .orElseGet(() -> {
                    var matcher = PRESIGNED_CREDENTIAL.matcher(request.rawQuery());
                    return matcher.find() ? matcher.group(1) : null;
                });
        return credential != null && ACCESS_KEY_ID.matcher(credential).matches() ? credential : null;
    }

    /** What is known of a call so far, for the audit record. */
    private static final class Attempt {
        ApiCall apiCall;
        OperationCall call;
        Caller caller;
        String region;
        ObjectNode input;
        JsonNode output;
        AwsErrorException error;
    }
}
