package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Every operation of every bundled model: encoding never breaks and decoding only ever answers AWS errors. */
class ModelWideTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ServiceRegistry registry = CodecTestServer.REGISTRY;
    private final ProtocolCodec codec = new ProtocolCodec(registry);

    /** A tree with every member present, two list items, one map entry, recursion cut at depth 6. */
    static JsonNode sample(Shape shape, int depth) {
        if (shape.document()) {
            return F.objectNode().put("any", "thing");
        }
        switch (shape.type()) {
            case STRUCTURE -> {
                ObjectNode o = F.objectNode();
                if (depth > 6) {
                    return o;
                }
                for (var e : shape.members().entrySet()) {
                    o.set(e.getKey(), sample(e.getValue().shape(), depth + 1));
                    if (shape.union()) {
                        break;
                    }
                }
                return o;
            }
            case LIST -> {
                ArrayNode a = F.arrayNode();
                if (depth <= 6) {
                    a.add(sample(shape.listMember().shape(), depth + 1));
                    a.add(sample(shape.listMember().shape(), depth + 1));
                }
                return a;
            }
            case MAP -> {
                ObjectNode o = F.objectNode();
                if (depth <= 6) {
                    o.set("k<&>", sample(shape.mapValue().shape(), depth + 1));
                }
                return o;
            }
            case BOOLEAN -> {
                return F.booleanNode(true);
            }
            case INTEGER, LONG, BYTE, SHORT, BIGINTEGER -> {
                return F.numberNode(shape.min().map(Double::intValue).orElse(1));
            }
            case FLOAT, DOUBLE, BIGDECIMAL -> {
                return F.numberNode(2.5);
            }
            case TIMESTAMP -> {
                return F.textNode("2025-01-02T03:04:05.125Z");
            }
            case BLOB -> {
                return F.textNode("AQID");
            }
            default -> {
                return F.textNode(shape.enumValues().isEmpty() ? "v<&>\"'" : shape.enumValues().get(0));
            }
        }
    }

    @Test
    void givenEveryOperation_whenFullOutputEncoded_thenWellFormedResponse() throws Exception {
        int count = 0;
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        for (ServiceModel service : registry.services()) {
            for (OperationModel op : service.operations().values()) {
                JsonNode output = op.output().map(s -> sample(s, 0)).orElse(null);
                HttpResponseData r = codec.success(new OperationCall(service, op), output, "rid");
                assertThat(r.status()).isEqualTo(200);
                count++;
                if (service.protocol() == Protocol.QUERY) {
                    var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
                    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo(op.name() + "Response");
                    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(service.xmlNamespace());
                    op.resultWrapper().ifPresent(w ->
                            assertThat(doc.getElementsByTagName(w).getLength()).as(op.name()).isEqualTo(1));
                } else {
                    JsonNode body = MAPPER.readTree(r.body());
                    assertThat(body.isObject()).isTrue();
                    if (output != null) {
                        assertThat(body.size()).as(op.name()).isEqualTo(output.size());
                    }
                }
            }
        }
        assertThat(count).isGreaterThan(400);
    }

    @Test
    void givenEveryOperation_whenArbitraryInputDecoded_thenOnlyTreesOrAwsValidationErrors() {
        for (ServiceModel service : registry.services()) {
            for (OperationModel op : service.operations().values()) {
                OperationCall call = new OperationCall(service, op);
                JsonNode input = op.input().map(s -> sample(s, 0)).orElse(F.objectNode());
                RawHttpRequest request = service.protocol() == Protocol.JSON
                        ? TestRequests.json(service.targetPrefix() + "." + op.name(), input.toString())
                        : TestRequests.form(QueryForm.encode(op, service, input));
                assertThat(codec.route(request)).isEqualTo(call);
                try {
                    ObjectNode tree = codec.decodeInput(call, request);
                    assertThat(tree).as(call.actionName()).isNotNull();
                } catch (AwsErrorException e) {
                    assertThat(e.code()).as(call.actionName() + ": " + e.getMessage())
                            .isIn("ValidationError", "ValidationException");
                    assertThat(e.getMessage()).matches("\\d+ validation errors? detected: .*");
                } catch (RuntimeException e) {
                    fail(call.actionName() + " threw " + e);
                }
            }
        }
    }

    /** A minimal awsQuery form encoder for test input trees (non-flattened lists and maps, as in IAM and STS). */
    static final class QueryForm {
        static String encode(OperationModel op, ServiceModel service, JsonNode input) {
            StringBuilder sb = new StringBuilder("Action=" + op.name() + "&Version=" + service.apiVersion());
            op.input().ifPresent(s -> struct(s, input, "", sb));
            return sb.toString();
        }

        private static void struct(Shape shape, JsonNode node, String prefix, StringBuilder sb) {
            for (var e : shape.members().entrySet()) {
                JsonNode v = node.get(e.getKey());
                if (v != null) {
                    value(e.getValue().shape(), v, prefix + e.getValue().wireName(e.getKey()), sb);
                }
            }
        }

        private static void value(Shape shape, JsonNode v, String key, StringBuilder sb) {
            switch (shape.type()) {
                case STRUCTURE -> struct(shape, v, key + ".", sb);
                case LIST -> {
                    int i = 0;
                    for (JsonNode item : v) {
                        value(shape.listMember().shape(), item, key + ".member." + (++i), sb);
                    }
                }
                case MAP -> {
                    int i = 0;
                    for (var it = v.fields(); it.hasNext(); ) {
                        var e = it.next();
                        i++;
                        sb.append('&').append(key).append(".entry.").append(i).append(".key=")
                                .append(java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8));
                        value(shape.mapValue().shape(), e.getValue(), key + ".entry." + i + ".value", sb);
                    }
                }
                default -> sb.append('&').append(key).append('=')
                        .append(java.net.URLEncoder.encode(v.asText(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void givenSampleIamInput_whenEncodedAndDecoded_thenTreeEqualsWhereValid() {
        ServiceModel iam = registry.bySigningName("iam").orElseThrow();
        OperationModel op = iam.operation("TagRole").orElseThrow();
        JsonNode input = MAPPER.valueToTree(java.util.Map.of("RoleName", "r",
                "Tags", List.of(java.util.Map.of("Key", "a", "Value", "b"))));
        var request = TestRequests.form(QueryForm.encode(op, iam, input));

        assertThat(codec.decodeInput(codec.route(request), request)).isEqualTo(input);
    }
}
