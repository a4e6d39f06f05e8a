package dev.idcenter.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Checks an input tree against every constraint of the model; collects all violations in AWS's wording. */
final class InputValidator {

    private final List<String> violations = new ArrayList<>();
    private final Map<String, String> typeErrors;

    private InputValidator(Map<String, String> typeErrors) {
        this.typeErrors = new java.util.LinkedHashMap<>(typeErrors);
    }

    /**
     * The violations, in model order. {@code typeErrors} (violations found while decoding, by member path, whose
     * values are absent from the tree) are reported where the member is, else at the end.
     */
    static List<String> validate(Shape input, JsonNode tree, Map<String, String> typeErrors) {
        InputValidator v = new InputValidator(typeErrors);
        if (input != null) {
            v.structure(input, tree, "");
        }
        v.violations.addAll(v.typeErrors.values());
        return v.violations;
    }

    /** {@code N validation error(s) detected: a; b}. */
    static String message(List<String> violations) {
        int n = violations.size();
        return n + (n == 1 ? " validation error detected: " : " validation errors detected: ")
                + String.join("; ", violations);
    }

    private void structure(Shape shape, JsonNode node, String prefix) {
        if (shape.document) {
            return;
        }
        if (shape.union && node != null) {
            long set = shape.members.keySet().stream().filter(m -> node.hasNonNull(m)).count();
            if (set != 1 && !prefix.isEmpty()) {
                String path = prefix.substring(0, prefix.length() - 1);
                violations.add("Value '" + render(shape, node) + "' at '" + path
                        + "' failed to satisfy constraint: Member must have exactly one member set");
            }
        }
        for (Map.Entry<String, ShapeMember> e : shape.members.entrySet()) {
            String path = prefix + InputDecoder.lowerCamel(e.getKey());
            JsonNode value = node == null ? null : node.get(e.getKey());
            if (value == null || value.isNull() || value.isMissingNode()) {
                String typeError = typeErrors.remove(path);
                if (typeError != null) {
                    violations.add(typeError);
                } else if (shape.required.contains(e.getKey())) {
                    violations.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
                }
                continue;
            }
            value(e.getValue().shape(), value, path);
        }
    }

    private void value(Shape shape, JsonNode node, String path) {
        switch (shape.type) {
            case STRUCTURE -> {
                if (node.isObject()) {
                    structure(shape, node, path + ".");
                }
            }
            case LIST -> {
                length(shape, node, path, node.size());
                int i = 0;
                for (JsonNode item : node) {
                    i++;
                    value(shape.listMember.shape(), item, path + "." + i + ".member");
                }
            }
            case MAP -> {
                length(shape, node, path, node.size());
                int i = 0;
                Iterator<Map.Entry<String, JsonNode>> it = node.fields();
                while (it.hasNext()) {
                    var e = it.next();
                    i++;
                    value(shape.mapKey.shape(), InputDecoder.NODES.textNode(e.getKey()), path + ".entry." + i + ".key");
                    value(shape.mapValue.shape(), e.getValue(), path + ".entry." + i + ".value");
                }
            }
            case STRING -> {
                String s = node.asText();
                length(shape, node, path, s.codePointCount(0, s.length()));
                if (shape.pattern != null && !shape.pattern.matcher(s).matches()) {
                    fail(shape, node, path, "Member must satisfy regular expression pattern: " + shape.patternSource);
                }
                if (!shape.enumValues.isEmpty() && !shape.enumValues.contains(s)) {
                    fail(shape, node, path, "Member must satisfy enum value set: ["
                            + String.join(", ", shape.enumValues) + "]");
                }
            }
            case BLOB -> {
                int len;
                try {
                    len = Base64.getDecoder().decode(node.asText()).length;
                } catch (IllegalArgumentException e) {
                    len = node.asText().length();
                }
                length(shape, node, path, len);
            }
            case INTEGER, LONG, FLOAT, DOUBLE, BIGDECIMAL, BIGINTEGER, BYTE, SHORT -> {
                if (!node.isNumber()) {
                    return;
                }
                BigDecimal v = node.decimalValue();
                if (shape.min != null && v.compareTo(BigDecimal.valueOf(shape.min)) < 0) {
                    fail(shape, node, path, "Member must have value greater than or equal to " + num(shape.min));
                }
                if (shape.max != null && v.compareTo(BigDecimal.valueOf(shape.max)) > 0) {
                    fail(shape, node, path, "Member must have value less than or equal to " + num(shape.max));
                }
            }
            default -> {
                // booleans and timestamps carry no constraints
            }
        }
    }

    private void length(Shape shape, JsonNode node, String path, int length) {
        if (shape.min != null && length < shape.min) {
            fail(shape, node, path, "Member must have length greater than or equal to " + num(shape.min));
        }
        if (shape.max != null && length > shape.max) {
            fail(shape, node, path, "Member must have length less than or equal to " + num(shape.max));
        }
    }

    private void fail(Shape shape, JsonNode node, String path, String constraint) {
        violations.add("Value '" + render(shape, node) + "' at '" + path + "' failed to satisfy constraint: "
                + constraint);
    }

    static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e18 ? Long.toString((long) d) : Double.toString(d);
    }

    /** The value as AWS echoes it, with sensitive values (at any depth) masked. */
    static String render(Shape shape, JsonNode node) {
        if (shape.sensitive) {
            return "***";
        }
        switch (shape.type) {
            case LIST -> {
                StringJoiner j = new StringJoiner(", ", "[", "]");
                node.forEach(item -> j.add(render(shape.listMember.shape(), item)));
                return j.toString();
            }
            case MAP -> {
                StringJoiner j = new StringJoiner(", ", "{", "}");
                node.fields().forEachRemaining(e -> j.add(render(shape.mapKey.shape(),
                        InputDecoder.NODES.textNode(e.getKey())) + "=" + render(shape.mapValue.shape(), e.getValue())));
                return j.toString();
            }
            case STRUCTURE -> {
                if (shape.document) {
                    return node.toString();
                }
                StringJoiner j = new StringJoiner(", ", "{", "}");
                shape.members.forEach((name, m) -> {
                    JsonNode v = node.get(name);
                    if (v != null && !v.isNull()) {
                        j.add(name + "=" + render(m.shape(), v));
                    }
                });
                return j.toString();
            }
            default -> {
                return node.asText();
            }
        }
    }
}
