package dev.idcenter.policy.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy string that may hold policy variables (EVAL-12): {@code ${key}}, {@code ${key, 'default'}} and the
 * escapes {@code ${*}}, {@code ${?}}, {@code ${$}}. Only documents of version 2012-10-17 get variables; older ones
 * compile every string as static text. Substituted values and escapes are flagged literal so they never act as
 * wildcards. Immutable and thread-safe.
 */
public final class Template {

    private record Variable(String key, String lowerKey, String defaultValue) {
    }

    private record Escape(char c, String text) {
        Escape(char c) {
            this(c, String.valueOf(c));
        }
    }

    private final String raw;
    private final Object[] parts;

    private Template(String raw, Object[] parts) {
        this.raw = raw;
        this.parts = parts;
    }

    public static Template compile(String text, boolean variablesEnabled) {
        if (!variablesEnabled || !text.contains("${")) {
            return new Template(text, null);
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                literal.append(text, i, text.length());
                break;
            }
            Object part = variable(text.substring(open + 2, close));
            literal.append(text, i, open);
            if (part == null) {
                literal.append(text, open, close + 1);
            } else {
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(part);
            }
            i = close + 1;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        boolean dynamic = parts.stream().anyMatch(p -> !(p instanceof String));
        return new Template(text, dynamic ? parts.toArray() : null);
    }

    private static Object variable(String inner) {
        if (inner.length() == 1 && "*?$".indexOf(inner.charAt(0)) >= 0) {
            return new Escape(inner.charAt(0));
        }
        String key = inner;
        String def = null;
        int comma = inner.indexOf(',');
        if (comma >= 0) {
            key = inner.substring(0, comma).trim();
            String rest = inner.substring(comma + 1).trim();
            if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\'') {
                return null;
            }
            def = rest.substring(1, rest.length() - 1);
        }
        if (key.isEmpty() || key.chars().anyMatch(c -> Character.isWhitespace(c) || c == '{' || c == '$')) {
            return null;
        }
        return new Variable(key, key.toLowerCase(Locale.ROOT), def);
    }

    /** True when the string holds no variables or escapes: {@link #raw()} is its value. */
    public boolean isStatic() {
        return parts == null;
    }

    public String raw() {
        return raw;
    }

    /** The keys this template reads. */
    public List<String> variableKeys() {
        List<String> keys = new ArrayList<>();
        if (parts != null) {
            for (Object p : parts) {
                if (p instanceof Variable v) {
                    keys.add(v.key());
                }
            }
        }
        return keys;
    }

    /** A per-thread buffer holding a resolved template, so matching templated values allocates nothing. */
    public static final class Buffer {
        private final StringBuilder text = new StringBuilder(128);
        private boolean[] literal = new boolean[128];
        private boolean anyLiteral;

        /** The resolved text; valid until the next resolution on this thread. */
        public CharSequence text() {
            return text;
        }

        /** Flags for wildcard characters that must match literally, or null when there are none. */
        public boolean[] literal() {
            return anyLiteral ? literal : null;
        }

        private void reset() {
            if (anyLiteral) {
                java.util.Arrays.fill(literal, false);
                anyLiteral = false;
            }
            text.setLength(0);
        }

        private void append(String s, boolean fromRequest) {
            int at = text.length();
            text.append(s);
            if (fromRequest) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '*' || c == '?') {
                        if (at + i >= literal.length) {
                            literal = java.util.Arrays.copyOf(literal, Math.max(literal.length * 2, (at + i + 1) * 2));
                        }
                        literal[at + i] = true;
                        anyLiteral = true;
                    }
                }
            }
            // Matchers index the flags by pattern position, so they must cover the whole text.
            if (anyLiteral && text.length() > literal.length) {
                literal = java.util.Arrays.copyOf(literal, text.length() * 2);
            }
        }
    }

    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

    /**
     * Substitutes the variables from the request into the calling thread's buffer.
     *
     * @return the buffer, or null when a variable has neither a value nor a default (EVAL-12)
     */
    public Buffer resolveInPlace(ContextKeys keys, MissingKeySink sink) {
        Buffer b = BUFFER.get();
        b.reset();
        if (parts == null) {
            b.append(raw, false);
            return b;
        }
        for (Object p : parts) {
            if (p instanceof String s) {
                b.append(s, false);
            } else if (p instanceof Escape e) {
                b.append(e.text(), true);
            } else {
                Variable v = (Variable) p;
                ContextValue value = keys.getLowerCased(v.lowerKey());
                if (value != null && value.size() > 0) {
                    b.append(value.get(0), true);
                } else {
                    if (sink != null) {
                        sink.missing(v.key());
                    }
                    if (v.defaultValue() == null) {
                        return null;
                    }
                    b.append(v.defaultValue(), true);
                }
            }
        }
        return b;
    }

    @Override
    public String toString() {
        return raw;
    }
}
