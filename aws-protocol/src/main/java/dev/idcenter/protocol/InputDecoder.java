package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/** Turns awsQuery parameters or a JSON 1.1 body into the canonical input tree. */
final class InputDecoder {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private InputDecoder() {
    }

    // ------------------------------------------------------------------ awsQuery

    /** Type errors found while decoding: rendered violations plus the paths they concern. */
    static final class TypeErrors {
        /** Violation by member path, in the order found. */
        final Map<String, String> byPath = new java.util.LinkedHashMap<>();

        void add(String path, String value, boolean sensitive, String constraint) {
            byPath.put(path, "Value '" + (sensitive ? "***" : value) + "' at '" + path
                    + "' failed to satisfy constraint: " + constraint);
        }
    }

    static ObjectNode decodeQuery(Shape input, NavigableMap<String, String> params, TypeErrors errors) {
        ObjectNode root = NODES.objectNode();
        if (input != null) {
            decodeQueryMembers(input, params, "", "", root, errors);
        }
        return root;
    }

    private static void decodeQueryMembers(Shape struct, NavigableMap<String, String> params, String keyPrefix,
                                           String pathPrefix, ObjectNode into, TypeErrors errors) {
        for (Map.Entry<String, ShapeMember> e : struct.members.entrySet()) {
            ShapeMember member = e.getValue();
            String key = keyPrefix + member.wireName(e.getKey());
            String path = pathPrefix + lowerCamel(e.getKey());
            JsonNode value = decodeQueryValue(member, params, key, path, errors);
            if (value != null) {
                into.set(e.getKey(), value);
            }
        }
    }

    private static boolean present(NavigableMap<String, String> params, String key) {
        if (params.containsKey(key)) {
            return true;
        }
        String sub = params.ceilingKey(key + ".");
        return sub != null && sub.startsWith(key + ".");
    }

    private static Set<Integer> indices(NavigableMap<String, String> params, String prefix) {
        Set<Integer> result = new TreeSet<>();
        String start = prefix + ".";
        for (String k : params.tailMap(start, true).keySet()) {
            if (!k.startsWith(start)) {
                break;
            }
            String rest = k.substring(start.length());
            int dot = rest.indexOf('.');
            String idx = dot < 0 ? rest : rest.substring(0, dot);
            try {
                int i = Integer.parseInt(idx);
                if (i >= 1) {
                    result.add(i);
                }
            } catch (NumberFormatException ignored) {
                // not an index: ignore
            }
        }
        return result;
    }

    private static JsonNode decodeQueryValue(ShapeMember member, NavigableMap<String, String> params, String key,
                                             String path, TypeErrors errors) {
        Shape shape = member.shape();
        switch (shape.type) {
            case STRUCTURE -> {
                if (!present(params, key)) {
                    return null;
                }
                ObjectNode obj = NODES.objectNode();
                decodeQueryMembers(shape, params, key + ".", path + ".", obj, errors);
                return obj;
            }
            case LIST -> {
                if (!present(params, key)) {
                    return null;
                }
                ShapeMember item = shape.listMember;
                String itemPrefix;
                if (member.isFlattened()) {
                    itemPrefix = key;
                    if (item.locationName() != null) {
                        int dot = key.lastIndexOf('.');
                        itemPrefix = (dot < 0 ? "" : key.substring(0, dot + 1)) + item.locationName();
                    }
                } else {
                    itemPrefix = key + "." + item.wireName("member");
                }
                ArrayNode array = NODES.arrayNode();
                int n = 0;
                for (int i : indices(params, itemPrefix)) {
                    n++;
                    JsonNode v = decodeQueryValue(item, params, itemPrefix + "." + i, path + "." + n + ".member",
                            errors);
                    if (v != null) {
                        array.add(v);
                    }
                }
                return array;
            }
            case MAP -> {
                if (!present(params, key)) {
                    return null;
                }
                String entryPrefix = member.isFlattened() ? key : key + ".entry";
                String keyName = shape.mapKey.wireName("key");
                String valueName = shape.mapValue.wireName("value");
                ObjectNode obj = NODES.objectNode();
                int n = 0;
                for (int i : indices(params, entryPrefix)) {
                    n++;
                    String k = params.get(entryPrefix + "." + i + "." + keyName);
                    if (k == null) {
                        continue;
                    }
                    JsonNode v = decodeQueryValue(shape.mapValue, params, entryPrefix + "." + i + "." + valueName,
                            path + ".entry." + n + ".value", errors);
                    if (v != null) {
                        obj.set(k, v);
                    }
                }
                return obj;
            }
            default -> {
                String raw = params.get(key);
                if (raw == null) {
                    return null;
                }
                return scalarFromText(shape, raw, path, errors);
            }
        }
    }

    private static JsonNode scalarFromText(Shape shape, String raw, String path, TypeErrors errors) {
        String text = raw.trim();
        switch (shape.type) {
            case STRING:
                return NODES.textNode(raw);
            case BOOLEAN:
                if (text.equalsIgnoreCase("true")) {
                    return NODES.booleanNode(true);
                }
                if (text.equalsIgnoreCase("false")) {
                    return NODES.booleanNode(false);
                }
                errors.add(path, raw, shape.sensitive, "Member must be a boolean (true or false)");
                return null;
            case INTEGER, LONG, BYTE, SHORT, BIGINTEGER:
                try {
                    BigInteger value = new BigInteger(text);
                    JsonNode node = integralNode(shape.type, value);
                    if (node != null) {
                        return node;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below
                }
                errors.add(path, raw, shape.sensitive, "Member must be a valid " + typeName(shape.type));
                return null;
            case FLOAT, DOUBLE, BIGDECIMAL:
                try {
                    BigDecimal d = new BigDecimal(text);
                    return shape.type == Shape.Type.BIGDECIMAL ? NODES.numberNode(d) : NODES.numberNode(d.doubleValue());
                } catch (NumberFormatException e) {
                    errors.add(path, raw, shape.sensitive, "Member must be a valid number");
                    return null;
                }
            case TIMESTAMP:
                Instant instant = parseTimestamp(text);
                if (instant == null) {
                    errors.add(path, raw, shape.sensitive, "Member must be a timestamp in ISO-8601 format");
                    return null;
                }
                return NODES.textNode(instant.toString());
            case BLOB:
                try {
                    Base64.getDecoder().decode(text);
                    return NODES.textNode(text);
                } catch (IllegalArgumentException e) {
                    errors.add(path, raw, shape.sensitive, "Member must be valid base64");
                    return null;
                }
            default:
                return NODES.textNode(raw);
        }
    }

    private static String typeName(Shape.Type type) {
        return switch (type) {
            case LONG -> "long";
            case BIGINTEGER -> "integer";
            default -> "integer";
        };
    }

    private static JsonNode integralNode(Shape.Type type, BigInteger value) {
        switch (type) {
            case INTEGER, BYTE, SHORT:
                if (value.bitLength() < 32) {
                    return NODES.numberNode(value.intValue());
                }
                return null;
            case LONG:
                if (value.bitLength() < 64) {
                    return NODES.numberNode(value.longValue());
                }
                return null;
            default:
                return NODES.numberNode(value);
        }
    }

    static Instant parseTimestamp(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // try other forms
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // try other forms
        }
        try {
            return epochSeconds(new BigDecimal(text));
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException ignored) {
            return null;
        }
    }

    /**
     * Numbers with a huge exponent ({@code 1e9999999}) are a few bytes on the wire but cost seconds of CPU to turn
     * into integers: none of AWS's members needs more than 40 digits either side of the point.
     */
    static BigDecimal bounded(BigDecimal value) {
        if (value.precision() - value.scale() > 40 || value.scale() > 40) {
            throw new ArithmeticException("number out of range");
        }
        return value;
    }

    static Instant epochSeconds(BigDecimal unchecked) {
        BigDecimal seconds = bounded(unchecked);
        BigDecimal floor = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(floor).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Instant.ofEpochSecond(floor.longValueExact(), nanos);
    }

    // ------------------------------------------------------------------ JSON 1.1

    static AwsErrorException serialization(String message) {
        return new AwsErrorException("SerializationException", 400, message);
    }

    static ObjectNode decodeJson(Shape input, JsonNode body) {
        if (!body.isObject()) {
            throw serialization("Start of structure or map found where not expected: the request body must be a JSON object.");
        }
        if (input == null) {
            return NODES.objectNode();
        }
        return (ObjectNode) jsonValue(input, body, "");
    }

    private static JsonNode jsonValue(Shape shape, JsonNode node, String path) {
        if (shape.document) {
            return node.deepCopy();
        }
        switch (shape.type) {
            case STRUCTURE: {
                if (!node.isObject()) {
                    throw mismatch("a structure", path);
                }
                ObjectNode out = NODES.objectNode();
                for (Map.Entry<String, ShapeMember> e : shape.members.entrySet()) {
                    JsonNode v = node.get(e.getValue().wireName(e.getKey()));
                    if (v == null || v.isNull()) {
                        continue;
                    }
                    out.set(e.getKey(), jsonValue(e.getValue().shape(), v, join(path, lowerCamel(e.getKey()))));
                }
                return out;
            }
            case LIST: {
                if (!node.isArray()) {
                    throw mismatch("a list", path);
                }
                ArrayNode out = NODES.arrayNode();
                int i = 0;
                for (JsonNode item : node) {
                    i++;
                    if (item.isNull()) {
                        continue;
                    }
                    out.add(jsonValue(shape.listMember.shape(), item, path + "." + i + ".member"));
                }
                return out;
            }
            case MAP: {
                if (!node.isObject()) {
                    throw mismatch("a map", path);
                }
                ObjectNode out = NODES.objectNode();
                var it = node.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    if (e.getValue().isNull()) {
                        continue;
                    }
                    out.set(e.getKey(), jsonValue(shape.mapValue.shape(), e.getValue(), path + "." + e.getKey()));
                }
                return out;
            }
            case STRING:
                if (!node.isTextual()) {
                    throw mismatch("a string", path);
                }
                return NODES.textNode(node.textValue());
            case BOOLEAN:
                if (!node.isBoolean()) {
                    throw mismatch("a boolean", path);
                }
                return NODES.booleanNode(node.booleanValue());
            case INTEGER, LONG, BYTE, SHORT, BIGINTEGER: {
                if (!node.isNumber()) {
                    throw mismatch("an integer", path);
                }
                BigInteger value;
                try {
                    value = bounded(node.decimalValue()).toBigIntegerExact();
                } catch (ArithmeticException e) {
                    throw mismatch("an integer", path);
                }
                JsonNode n = integralNode(shape.type, value);
                if (n == null) {
                    throw serialization("Number out of range at '" + path + "'.");
                }
                return n;
            }
            case FLOAT, DOUBLE, BIGDECIMAL:
                if (!node.isNumber()) {
                    throw mismatch("a number", path);
                }
                return shape.type == Shape.Type.BIGDECIMAL ? NODES.numberNode(node.decimalValue())
                        : NODES.numberNode(node.doubleValue());
            case TIMESTAMP: {
                Instant instant = null;
                if (node.isNumber()) {
                    try {
                        instant = epochSeconds(node.decimalValue());
                    } catch (ArithmeticException | java.time.DateTimeException e) {
                        instant = null;
                    }
                } else if (node.isTextual()) {
                    instant = parseTimestamp(node.textValue().trim());
                }
                if (instant == null) {
                    throw mismatch("a timestamp (epoch seconds)", path);
                }
                return NODES.textNode(instant.toString());
            }
            case BLOB:
                if (!node.isTextual()) {
                    throw mismatch("a base64-encoded string", path);
                }
                try {
                    Base64.getDecoder().decode(node.textValue());
                } catch (IllegalArgumentException e) {
                    throw serialization("Invalid base64 value at '" + path + "'.");
                }
                return NODES.textNode(node.textValue());
            default:
                return node.deepCopy();
        }
    }

    private static AwsErrorException mismatch(String expected, String path) {
        return serialization("Expected " + expected + (path.isEmpty() ? "" : " at '" + path + "'") + ".");
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    static String lowerCamel(String name) {
        if (name.isEmpty() || Character.isLowerCase(name.charAt(0))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
