package dev.idcenter.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One shape of a botocore service model, with the constraints the codec validates. Immutable once the registry is
 * built. Member references are resolved, so the graph may contain cycles.
 */
public final class Shape {

    /** botocore shape types. */
    public enum Type {
        STRUCTURE, LIST, MAP, STRING, INTEGER, LONG, FLOAT, DOUBLE, BOOLEAN, BLOB, TIMESTAMP, BIGINTEGER, BIGDECIMAL,
        BYTE, SHORT;

        static Type of(String name) {
            return switch (name) {
                case "structure" -> STRUCTURE;
                case "list" -> LIST;
                case "map" -> MAP;
                case "string" -> STRING;
                case "integer" -> INTEGER;
                case "long" -> LONG;
                case "float" -> FLOAT;
                case "double" -> DOUBLE;
                case "boolean" -> BOOLEAN;
                case "blob" -> BLOB;
                case "timestamp" -> TIMESTAMP;
                case "biginteger" -> BIGINTEGER;
                case "bigdecimal" -> BIGDECIMAL;
                case "byte" -> BYTE;
                case "short" -> SHORT;
                default -> throw new IllegalArgumentException("unknown shape type " + name);
            };
        }

        public boolean isIntegral() {
            return this == INTEGER || this == LONG || this == BIGINTEGER || this == BYTE || this == SHORT;
        }

        public boolean isNumeric() {
            return isIntegral() || this == FLOAT || this == DOUBLE || this == BIGDECIMAL;
        }
    }

    /** Error trait of an exception shape: the wire code, status and fault side. */
    public record ErrorInfo(String code, int httpStatus, boolean senderFault) {
    }

    final String name;
    final Type type;
    final Map<String, ShapeMember> members = new LinkedHashMap<>();
    final java.util.LinkedHashSet<String> required = new java.util.LinkedHashSet<>();
    ShapeMember listMember;
    ShapeMember mapKey;
    ShapeMember mapValue;
    Double min;
    Double max;
    String patternSource;
    Pattern pattern;
    List<String> enumValues = List.of();
    boolean sensitive;
    boolean flattened;
    boolean document;
    boolean union;
    boolean exception;
    String timestampFormat;
    ErrorInfo error;

    Shape(String name, Type type) {
        this.name = name;
        this.type = type;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    /** Structure members in model order. */
    public Map<String, ShapeMember> members() {
        return Collections.unmodifiableMap(members);
    }

    public Set<String> required() {
        return Collections.unmodifiableSet(required);
    }

    public ShapeMember listMember() {
        return listMember;
    }

    public ShapeMember mapKey() {
        return mapKey;
    }

    public ShapeMember mapValue() {
        return mapValue;
    }

    public Optional<Double> min() {
        return Optional.ofNullable(min);
    }

    public Optional<Double> max() {
        return Optional.ofNullable(max);
    }

    /** The pattern as written in the model. */
    public Optional<String> pattern() {
        return Optional.ofNullable(patternSource);
    }

    public List<String> enumValues() {
        return enumValues;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public boolean flattened() {
        return flattened;
    }

    /** A free-form JSON document shape. */
    public boolean document() {
        return document;
    }

    public boolean union() {
        return union;
    }

    public boolean exception() {
        return exception;
    }

    /** The {@code error} trait if the model has one (awsQuery services). */
    public Optional<ErrorInfo> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return name + "(" + type + ")";
    }
}
