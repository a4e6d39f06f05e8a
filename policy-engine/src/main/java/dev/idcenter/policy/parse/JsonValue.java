package dev.idcenter.policy.parse;

import dev.idcenter.policy.model.Position;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A JSON value; objects also record where they sit in the text (start and end are null for other values). Jackson's tree model drops locations and silently merges
 * duplicate keys; policies need both, so the parser builds this small tree from the streaming API.
 */
record JsonValue(Kind kind, String text, LinkedHashMap<String, JsonValue> fields, List<JsonValue> items,
                 Position start, Position end) {

    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    boolean isArray() {
        return kind == Kind.ARRAY;
    }

    boolean isString() {
        return kind == Kind.STRING;
    }

    /** Scalars other than null: strings, numbers and booleans, which condition values accept. */
    boolean isScalar() {
        return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
    }
}
