package dev.idcenter.policy.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.Position;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Reads JSON text into {@link JsonValue}s, rejecting duplicate keys, trailing content and absurd nesting. */
final class JsonTreeReader {

    /** Policies nest five levels at most; anything deeper is garbage and must not exhaust the stack. */
    private static final int MAX_DEPTH = 32;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTreeReader() {
    }

    static JsonValue read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw MalformedPolicyException.syntax();
            }
            JsonValue root = readValue(parser, first, 0);
            if (parser.nextToken() != null) {
                throw MalformedPolicyException.syntax();
            }
            return root;
        }
    }

    private static JsonValue readValue(JsonParser parser, JsonToken token, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw MalformedPolicyException.syntax();
        }
        switch (token) {
            case START_OBJECT: {
                // Only objects carry positions: statements need them, and scalars are too many to pay for.
                Position start = position(parser.getTokenLocation());
                LinkedHashMap<String, JsonValue> fields = new LinkedHashMap<>();
                JsonToken t;
                while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = parser.getCurrentName();
                    JsonValue value = readValue(parser, parser.nextToken(), depth + 1);
                    if (fields.put(name, value) != null) {
                        // AWS rejects a policy that repeats a key; silently keeping one would hide intent.
                        throw MalformedPolicyException.syntax();
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    throw MalformedPolicyException.syntax();
                }
                return new JsonValue(JsonValue.Kind.OBJECT, null, fields, List.of(), start,
                        position(parser.getCurrentLocation()));
            }
            case START_ARRAY: {
                List<JsonValue> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw MalformedPolicyException.syntax();
                    }
                    items.add(readValue(parser, t, depth + 1));
                }
                return new JsonValue(JsonValue.Kind.ARRAY, null, null, items, null, null);
            }
            case VALUE_STRING:
                return scalar(JsonValue.Kind.STRING, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return scalar(JsonValue.Kind.NUMBER, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(JsonValue.Kind.BOOLEAN, parser.getText());
            case VALUE_NULL:
                return scalar(JsonValue.Kind.NULL, null);
            default:
                throw MalformedPolicyException.syntax();
        }
    }

    private static JsonValue scalar(JsonValue.Kind kind, String text) {
        return new JsonValue(kind, text, null, List.of(), null, null);
    }

    private static Position position(JsonLocation location) {
        return new Position(location.getLineNr(), location.getColumnNr());
    }
}
