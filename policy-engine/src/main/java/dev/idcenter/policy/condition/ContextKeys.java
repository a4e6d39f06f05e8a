package dev.idcenter.policy.condition;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The request context keys and their values. Key names are case-insensitive (EVAL-10): they are stored lower-cased
 * and policies look them up by their pre-lower-cased names, so a lookup allocates nothing.
 */
public final class ContextKeys {

    /** No keys at all. */
    public static final ContextKeys EMPTY = new ContextKeys(Map.of());

    private final Map<String, ContextValue> values;

    private ContextKeys(Map<String, ContextValue> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of a key given lower-cased, or null when the request lacks it. */
    public ContextValue getLowerCased(String lowerCaseKey) {
        return values.get(lowerCaseKey);
    }

    /** The value of a key in any case, or null. */
    public ContextValue get(String key) {
        return values.get(key.toLowerCase(Locale.ROOT));
    }

    public Map<String, ContextValue> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        return b;
    }

    /** Collects keys; a later put of the same key (in any case) replaces the earlier one. */
    public static final class Builder {
        private final Map<String, ContextValue> values = new HashMap<>();

        public Builder put(String key, ContextValue value) {
            values.put(key.toLowerCase(Locale.ROOT), value);
            return this;
        }

        public Builder put(String key, String... value) {
            return put(key, ContextValue.of(value));
        }

        /** Puts the key only when the request did not already carry it. */
        public Builder putIfAbsent(String key, ContextValue value) {
            values.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
            return this;
        }

        public ContextKeys build() {
            return new ContextKeys(new HashMap<>(values));
        }
    }
}
