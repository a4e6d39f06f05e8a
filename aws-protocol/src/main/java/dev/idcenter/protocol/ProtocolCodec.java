package dev.idcenter.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * The model-driven AWS wire codec: routes a raw request to a service operation, decodes and validates its input into
 * a Jackson tree keyed by the model's member names, and writes success and error responses in the service's protocol
 * (awsQuery or JSON 1.1). Thread-safe.
 */
public final class ProtocolCodec {

    public static final String JSON_CONTENT_TYPE = "application/x-amz-json-1.1";
    public static final String XML_CONTENT_TYPE = "text/xml";
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final ServiceRegistry registry;
    private final Map<String, ServiceModel> queryByVersion = new LinkedHashMap<>();
    private final Map<String, ServiceModel> jsonByTargetPrefix = new LinkedHashMap<>();

    public ProtocolCodec(ServiceRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        for (ServiceModel s : registry.services()) {
            if (s.protocol() == Protocol.QUERY) {
                queryByVersion.putIfAbsent(s.apiVersion(), s);
            } else if (s.targetPrefix() != null) {
                jsonByTargetPrefix.putIfAbsent(s.targetPrefix(), s);
            }
        }
    }

    public ServiceRegistry registry() {
        return registry;
    }

    // ------------------------------------------------------------------ routing

    /**
     * Which service and operation a request is for; cheap, no validation. awsQuery: {@code Action} and
     * {@code Version} from the form body merged with the query string, the service chosen by {@code Version}, else by
     * the SigV4 credential scope. JSON 1.1: {@code X-Amz-Target}.
     *
     * @throws AwsErrorException InvalidAction / MissingAction (awsQuery) or UnknownOperationException (JSON), 400
     */
    public OperationCall route(RawHttpRequest request) {
        Optional<String> target = request.header("X-Amz-Target");
        if (target.isPresent()) {
            return routeJson(target.get().trim());
        }
        if (request.header("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).contains("amz-json")) {
            throw new AwsErrorException("UnknownOperationException", 400, "Missing X-Amz-Target header.");
        }
        return routeQuery(request, FormParams.of(request));
    }

    private OperationCall routeJson(String target) {
        int dot = target.lastIndexOf('.');
        ServiceModel service = dot < 0 ? null : jsonByTargetPrefix.get(target.substring(0, dot));
        String operation = dot < 0 ? target : target.substring(dot + 1);
        Optional<OperationModel> op = service == null ? Optional.empty() : service.operation(operation);
        if (op.isEmpty()) {
            throw new AwsErrorException("UnknownOperationException", 400, "Unknown operation " + target + ".");
        }
        return new OperationCall(service, op.get());
    }

    private OperationCall routeQuery(RawHttpRequest request, NavigableMap<String, String> params) {
        String action = params.get("Action");
        if (action == null || action.isBlank()) {
            throw new AwsErrorException("MissingAction", 400, "Missing Action");
        }
        String version = params.get("Version");
        ServiceModel service = queryService(request, params);
        Optional<OperationModel> op = service == null ? Optional.empty() : service.operation(action);
        if (op.isEmpty()) {
            throw new AwsErrorException("InvalidAction", 400,
                    "Could not find operation " + action + " for version " + (version == null ? "NO_VERSION_SPECIFIED" : version));
        }
        return new OperationCall(service, op.get());
    }

    private ServiceModel queryService(RawHttpRequest request, Map<String, String> params) {
        String version = params.get("Version");
        if (version != null && queryByVersion.containsKey(version)) {
            return queryByVersion.get(version);
        }
        String scope = FormParams.credentialScopeService(request, params);
        Optional<ServiceModel> byScope = registry.bySigningName(scope).filter(s -> s.protocol() == Protocol.QUERY);
        if (byScope.isPresent()) {
            return byScope.get();
        }
        String action = params.get("Action");
        if (version == null && action != null) {
            List<ServiceModel> having = registry.services().stream()
                    .filter(s -> s.protocol() == Protocol.QUERY && s.operations().containsKey(action)).toList();
            if (having.size() == 1) {
                return having.get(0);
            }
        }
        return null;
    }

    /** Best-effort protocol/service for answering errors raised before routing succeeds; never throws. */
    public ServiceModel serviceForErrors(RawHttpRequest request) {
        try {
            Optional<String> target = request.header("X-Amz-Target");
            NavigableMap<String, String> params = FormParams.lenient(request);
            String scope = FormParams.credentialScopeService(request, params);
            if (target.isPresent()) {
                String t = target.get().trim();
                int dot = t.lastIndexOf('.');
                ServiceModel s = dot < 0 ? null : jsonByTargetPrefix.get(t.substring(0, dot));
                if (s != null) {
                    return s;
                }
                return registry.bySigningName(scope).filter(x -> x.protocol() == Protocol.JSON)
                        .orElseGet(() -> firstOf(Protocol.JSON));
            }
            String version = params.get("Version");
            if (version != null && queryByVersion.containsKey(version)) {
                return queryByVersion.get(version);
            }
            Optional<ServiceModel> byScope = registry.bySigningName(scope);
            if (byScope.isPresent()) {
                return byScope.get();
            }
            String contentType = request.header("Content-Type").orElse("");
            if (contentType.contains("amz-json")) {
                return firstOf(Protocol.JSON);
            }
            ServiceModel q = queryService(request, params);
            return q != null ? q : firstOf(Protocol.QUERY);
        } catch (RuntimeException e) {
            return firstOf(Protocol.QUERY);
        }
    }

    private ServiceModel firstOf(Protocol protocol) {
        if (protocol == Protocol.QUERY && registry.bySigningName("iam").isPresent()) {
            return registry.bySigningName("iam").get();
        }
        return registry.services().stream().filter(s -> s.protocol() == protocol).findFirst()
                .orElse(registry.services().isEmpty() ? null : registry.services().get(0));
    }

    // ------------------------------------------------------------------ input

    /**
     * Parses and validates the input against the model into a tree keyed by the model's member names.
     *
     * @throws AwsErrorException ValidationError (awsQuery) / ValidationException (JSON) listing every violation;
     *                           SerializationException for malformed JSON
     */
    public ObjectNode decodeInput(OperationCall call, RawHttpRequest request) {
        try {
            Shape input = call.operation().input().orElse(null);
            if (call.service().protocol() == Protocol.QUERY) {
                InputDecoder.TypeErrors typeErrors = new InputDecoder.TypeErrors();
                ObjectNode tree = InputDecoder.decodeQuery(input, FormParams.of(request), typeErrors);
                List<String> violations = InputValidator.validate(input, tree, typeErrors.byPath);
                if (!violations.isEmpty()) {
                    throw new AwsErrorException("ValidationError", 400, InputValidator.message(violations));
                }
                return tree;
            }
            JsonNode body = parseJsonBody(request.body());
            ObjectNode tree = InputDecoder.decodeJson(input, body);
            List<String> violations = InputValidator.validate(input, tree, Map.of());
            if (!violations.isEmpty()) {
                throw new AwsErrorException("ValidationException", 400, InputValidator.message(violations));
            }
            return tree;
        } catch (AwsErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AwsErrorException("InternalFailure", 500, "The request processing has failed because of an unknown error.", false);
        }
    }

    private static JsonNode parseJsonBody(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return InputDecoder.NODES.objectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node == null || node.isMissingNode() ? InputDecoder.NODES.objectNode() : node;
        } catch (IOException e) {
            throw InputDecoder.serialization("The request body is not valid JSON.");
        }
    }

    // ------------------------------------------------------------------ output

    /**
     * A 200 response carrying {@code output} (may be null when the operation has no output).
     *
     * @throws AwsErrorException InternalFailure (500) when the output tree cannot be written (e.g. a timestamp that is
     *                           not ISO-8601): answer it with {@link #error}
     */
    public HttpResponseData success(OperationCall call, JsonNode output, String requestId) {
        try {
            return encodeSuccess(call, output, requestId);
        } catch (AwsErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AwsErrorException("InternalFailure", 500,
                    "The request processing has failed because of an unknown error.", false);
        }
    }

    private HttpResponseData encodeSuccess(OperationCall call, JsonNode output, String requestId) {
        OperationModel op = call.operation();
        ServiceModel service = call.service();
        Shape outShape = op.output().orElse(null);
        if (service.protocol() == Protocol.JSON) {
            ObjectNode body = OutputEncoder.jsonStructure(outShape, output);
            return new HttpResponseData(200, headers(JSON_CONTENT_TYPE, requestId), writeJson(body));
        }
        byte[] xml = OutputEncoder.xml(w -> {
            w.writeStartElement(op.name() + "Response");
            w.writeDefaultNamespace(service.xmlNamespace() == null ? "" : service.xmlNamespace());
            if (op.resultWrapper().isPresent()) {
                w.writeStartElement(op.resultWrapper().get());
                if (outShape != null) {
                    OutputEncoder.xmlStructureMembers(w, outShape, output);
                }
                w.writeEndElement();
            }
            w.writeStartElement("ResponseMetadata");
            OutputEncoder.element(w, "RequestId", requestId);
            w.writeEndElement();
            w.writeEndElement();
        });
        return new HttpResponseData(200, headers(XML_CONTENT_TYPE, requestId), xml);
    }

    /** An error response in the service's protocol, with the exception's HTTP status. */
    /**
     * The JSON 1.1 services name the authentication failures differently from the query services (IAM, STS); the
     * verifier speaks the query names, and this translates them, as those services answer.
     */
    private record JsonAuthError(String code, int status) {
        static final Map<String, JsonAuthError> BY_QUERY_CODE = Map.of(
                "InvalidClientTokenId", new JsonAuthError("UnrecognizedClientException", 400),
                "ExpiredToken", new JsonAuthError("ExpiredTokenException", 400),
                "SignatureDoesNotMatch", new JsonAuthError("InvalidSignatureException", 400),
                "MissingAuthenticationToken", new JsonAuthError("MissingAuthenticationTokenException", 403),
                "IncompleteSignature", new JsonAuthError("IncompleteSignatureException", 400));
    }

    public HttpResponseData error(ServiceModel service, AwsErrorException error, String requestId) {
        ServiceModel s = service != null ? service : firstOf(Protocol.QUERY);
        String code = error.code() == null ? "InternalFailure" : error.code();
        String message = error.getMessage() == null ? "" : error.getMessage();
        int status = error.httpStatus() >= 400 && error.httpStatus() <= 599 ? error.httpStatus() : 500;
        boolean senderFault = error.senderFault();
        var modeled = s == null ? java.util.Optional.<Shape.ErrorInfo>empty() : s.errorByCode(code);
        if (modeled.isPresent()) {
            // A modeled error answers with the status its service's model gives it, whoever raised it.
            status = modeled.get().httpStatus();
            senderFault = modeled.get().senderFault();
        }
        if (s != null && s.protocol() == Protocol.JSON) {
            JsonAuthError jsonName = JsonAuthError.BY_QUERY_CODE.getOrDefault(code, new JsonAuthError(code, status));
            ObjectNode body = InputDecoder.NODES.objectNode();
            body.put("__type", jsonName.code());
            body.put("message", message);
            error.members().forEach(body::put);
            Map<String, String> headers = new LinkedHashMap<>(headers(JSON_CONTENT_TYPE, requestId));
            headers.put("x-amzn-ErrorType", jsonName.code());
            return new HttpResponseData(jsonName.status(), headers, writeJson(body));
        }
        String ns = s == null || s.xmlNamespace() == null ? "" : s.xmlNamespace();
        boolean sender = senderFault;
        byte[] xml = OutputEncoder.xml(w -> {
            w.writeStartElement("ErrorResponse");
            w.writeDefaultNamespace(ns);
            w.writeStartElement("Error");
            OutputEncoder.element(w, "Type", sender ? "Sender" : "Receiver");
            OutputEncoder.element(w, "Code", code);
            OutputEncoder.element(w, "Message", message);
            w.writeEndElement();
            OutputEncoder.element(w, "RequestId", requestId);
            w.writeEndElement();
        });
        return new HttpResponseData(status, headers(XML_CONTENT_TYPE, requestId), xml);
    }

    private static Map<String, String> headers(String contentType, String requestId) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", contentType);
        if (requestId != null) {
            h.put(REQUEST_ID_HEADER, requestId);
        }
        return h;
    }

    private static byte[] writeJson(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
