package dev.idcenter.command.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.Caller;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.OperationCall;
import dev.idcenter.protocol.RawHttpRequest;

import java.time.Instant;

/**
 * Everything the front door knows of one call when it ends, for its audit record. Members are null when the call
 * did not get that far (an unauthenticated call has no caller, an unknown action no operation, ...).
 *
 * @param requestId   the request id returned to the client
 * @param receivedAt  when the call was received
 * @param request     the HTTP request (its body may hold secrets: never record it raw)
 * @param eventSource the service as CloudTrail names it ({@code iam.amazonaws.com})
 * @param operation   the routed operation
 * @param caller      the authenticated caller
 * @param region      the region of the signature's scope
 * @param input       the decoded, validated input (may hold secrets: scrub before recording)
 * @param output      the handler's output (may hold secrets: scrub before recording)
 * @param error       the error answered, or null for a success
 */
public record AuditedCall(String requestId, Instant receivedAt, RawHttpRequest request, String eventSource,
                          OperationCall operation, Caller caller, String region, ObjectNode input, JsonNode output,
                          AwsErrorException error) {
}
