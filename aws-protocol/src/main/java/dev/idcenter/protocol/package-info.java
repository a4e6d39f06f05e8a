/**
 * The AWS wire protocol layer: the bundled service models ({@link dev.idcenter.protocol.ServiceRegistry}) and the
 * model-driven codec ({@link dev.idcenter.protocol.ProtocolCodec}) for awsQuery (IAM, STS) and JSON 1.1
 * (Organizations, SSO Admin, Identity Store, CloudTrail). Plain Java and Jackson; no Spring.
 *
 * <h2>Request flow</h2>
 * <pre>{@code
 * OperationCall call = codec.route(request);               // InvalidAction / UnknownOperationException
 * ObjectNode input   = codec.decodeInput(call, request);   // ValidationError / ValidationException / SerializationException
 * JsonNode output    = handler.handle(call, input);        // may throw AwsErrorException, e.g. call.notImplemented()
 * return codec.success(call, output, requestId);
 * // on AwsErrorException e: codec.error(call != null ? call.service() : codec.serviceForErrors(request), e, requestId)
 * }</pre>
 *
 * <h2>Tree conventions (input and output)</h2>
 * Member names exactly as in the model; strings; integers, longs and doubles as JSON numbers; booleans; lists as
 * arrays; maps as objects; structures as objects; blobs as base64 strings; timestamps as ISO-8601 UTC strings
 * ({@link java.time.Instant#toString()} form). Output trees may omit members; the codec writes only what is present,
 * in the model's member order, and ignores members the model does not have.
 *
 * <h2>Errors</h2>
 * Everything the client may see is an {@link dev.idcenter.protocol.AwsErrorException}; modeled ones come from
 * {@link dev.idcenter.protocol.ServiceModel#modeledError(String, String)} (code and status from the model's error
 * trait). No response ever carries Java exception text.
 */
package dev.idcenter.protocol;
