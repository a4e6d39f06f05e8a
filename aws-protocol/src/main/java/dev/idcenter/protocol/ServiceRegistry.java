package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The service models the server speaks. Immutable and thread-safe. */
public final class ServiceRegistry {

    /** The models bundled under {@code aws-models/} on the classpath. */
    public static final List<String> DEFAULT_MODELS = List.of(
            "iam-2010-05-08.json",
            "sts-2011-06-15.json",
            "organizations-2016-11-28.json",
            "sso-admin-2020-07-20.json",
            "identitystore-2020-06-15.json",
            "cloudtrail-2013-11-01.json");

    private final List<ServiceModel> services;
    private final Map<String, ServiceModel> bySigningName;

    private ServiceRegistry(List<ServiceModel> services) {
        this.services = List.copyOf(services);
        var map = new LinkedHashMap<String, ServiceModel>();
        for (ServiceModel s : services) {
            map.put(s.signingName(), s);
        }
        this.bySigningName = map;
    }

    /** The six bundled models. */
    public static ServiceRegistry loadDefault() {
        var models = new ArrayList<ServiceModel>();
        ObjectMapper mapper = new ObjectMapper();
        for (String file : DEFAULT_MODELS) {
            String path = "aws-models/" + file;
            try (InputStream in = ServiceRegistry.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("model not on classpath: " + path);
                }
                models.add(parse(mapper.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read model " + path, e);
            }
        }
        return new ServiceRegistry(models);
    }

    /** A registry of the given botocore model documents (for tests and tools). */
    public static ServiceRegistry of(List<JsonNode> botocoreModels) {
        return new ServiceRegistry(botocoreModels.stream().map(ServiceRegistry::parse).toList());
    }

    public List<ServiceModel> services() {
        return services;
    }

    /** By SigV4 signing name: iam, sts, organizations, sso, identitystore, cloudtrail. */
    public Optional<ServiceModel> bySigningName(String name) {
        return Optional.ofNullable(name == null ? null : bySigningName.get(name));
    }

    // ------------------------------------------------------------------ model parsing

    static ServiceModel parse(JsonNode model) {
        JsonNode meta = model.path("metadata");
        String protocolName = meta.path("protocol").asText();
        Protocol protocol = switch (protocolName) {
            case "query" -> Protocol.QUERY;
            case "json" -> Protocol.JSON;
            default -> throw new IllegalArgumentException("unsupported protocol " + protocolName);
        };
        String endpointPrefix = meta.path("endpointPrefix").asText();
        String signingName = meta.hasNonNull("signingName") ? meta.get("signingName").asText() : endpointPrefix;
        JsonNode ns = meta.path("xmlNamespace");
        String xmlNamespace = ns.isObject() ? ns.path("uri").asText(null) : ns.isTextual() ? ns.asText() : null;
        String targetPrefix = meta.hasNonNull("targetPrefix") ? meta.get("targetPrefix").asText() : null;

        JsonNode shapesNode = model.path("shapes");
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapesNode.fields().forEachRemaining(e -> shapes.put(e.getKey(),
                new Shape(e.getKey(), Shape.Type.of(e.getValue().path("type").asText()))));
        shapesNode.fields().forEachRemaining(e -> fill(shapes.get(e.getKey()), e.getValue(), shapes));

        Map<String, OperationModel> operations = new LinkedHashMap<>();
        model.path("operations").fields().forEachRemaining(e -> {
            JsonNode op = e.getValue();
            Shape input = op.has("input") ? ref(shapes, op.get("input").path("shape").asText()) : null;
            Shape output = op.has("output") ? ref(shapes, op.get("output").path("shape").asText()) : null;
            String wrapper = op.has("output") ? op.get("output").path("resultWrapper").asText(null) : null;
            List<Shape> errors = new ArrayList<>();
            op.path("errors").forEach(err -> errors.add(ref(shapes, err.path("shape").asText())));
            operations.put(e.getKey(), new OperationModel(op.path("name").asText(e.getKey()),
                    op.path("http").path("method").asText("POST"), op.path("http").path("requestUri").asText("/"),
                    input, output, wrapper, errors, op.path("deprecated").asBoolean(false)));
        });
        String uid = meta.path("uid").asText("");
        String name = uid.matches(".+-\\d{4}-\\d{2}-\\d{2}") ? uid.substring(0, uid.length() - 11) : endpointPrefix;
        return new ServiceModel(name, signingName, protocol, meta.path("apiVersion").asText(), xmlNamespace,
                targetPrefix, meta.path("serviceId").asText(null), operations, shapes);
    }

    private static Shape ref(Map<String, Shape> shapes, String name) {
        Shape s = shapes.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown shape " + name);
        }
        return s;
    }

    private static ShapeMember member(Map<String, Shape> shapes, String name, JsonNode ref) {
        return new ShapeMember(name, ref(shapes, ref.path("shape").asText()), ref.path("locationName").asText(null),
                ref.path("flattened").asBoolean(false));
    }

    private static void fill(Shape shape, JsonNode node, Map<String, Shape> shapes) {
        node.path("members").fields().forEachRemaining(m ->
                shape.members.put(m.getKey(), member(shapes, m.getKey(), m.getValue())));
        node.path("required").forEach(r -> shape.required.add(r.asText()));
        if (node.has("member")) {
            shape.listMember = member(shapes, "member", node.get("member"));
        }
        if (node.has("key")) {
            shape.mapKey = member(shapes, "key", node.get("key"));
        }
        if (node.has("value")) {
            shape.mapValue = member(shapes, "value", node.get("value"));
        }
        if (node.has("min")) {
            shape.min = node.get("min").asDouble();
        }
        if (node.has("max")) {
            shape.max = node.get("max").asDouble();
        }
        if (node.hasNonNull("pattern")) {
            shape.patternSource = node.get("pattern").asText();
            shape.pattern = compilePattern(shape.patternSource);
        }
        if (node.has("enum")) {
            var values = new ArrayList<String>();
            node.get("enum").forEach(v -> values.add(v.asText()));
            shape.enumValues = List.copyOf(values);
        }
        shape.sensitive = node.path("sensitive").asBoolean(false);
        shape.flattened = node.path("flattened").asBoolean(false);
        shape.document = node.path("document").asBoolean(false);
        shape.union = node.path("union").asBoolean(false);
        shape.exception = node.path("exception").asBoolean(false);
        shape.timestampFormat = node.path("timestampFormat").asText(null);
        if (node.has("error")) {
            JsonNode err = node.get("error");
            shape.error = new Shape.ErrorInfo(err.path("code").asText(shape.name),
                    err.path("httpStatusCode").asInt(400), err.path("senderFault").asBoolean(true));
        } else if (shape.exception) {
            // No error trait (the JSON services, e.g. Organizations): the code is the shape's name and the status
            // follows the fault side, as AWS's own clients read these models (400, or 500 for a server fault).
            boolean server = node.path("fault").asBoolean(false);
            shape.error = new Shape.ErrorInfo(shape.name, server ? 500 : 400, !server);
        }
    }

    private static final Pattern LONG_UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{5,6})");

    /**
     * Compiles a botocore pattern with Java's regex engine. botocore writes code points above U+FFFF as
     * {@code \u10000}, which Java would read as {@code \u1000} followed by {@code 0}: those become {@code \x{10000}}.
     * A pattern Java cannot compile is not enforced (null) rather than failing the whole registry.
     */
    static Pattern compilePattern(String source) {
        Matcher m = LONG_UNICODE_ESCAPE.matcher(source);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String hex = m.group(1);
            int cp = Integer.parseInt(hex, 16);
            String replacement;
            if (cp > 0xFFFF && cp <= 0x10FFFF) {
                replacement = "\\\\x{" + hex + "}";
            } else {
                replacement = "\\\\u" + hex;  // a 4-digit escape followed by literal hex characters
            }
            m.appendReplacement(sb, replacement);
        }
        m.appendTail(sb);
        try {
            return Pattern.compile(sb.toString());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
