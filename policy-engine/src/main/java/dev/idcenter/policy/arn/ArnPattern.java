package dev.idcenter.policy.arn;

/**
 * A policy-side ARN pattern pre-split into per-segment {@link Glob}s (EVAL-9): each of the first five segments is
 * matched on its own, so {@code *} there never crosses a colon; the last pattern segment matches the rest of the
 * ARN, where {@code *} crosses {@code /} and {@code :}. Case-sensitive. Immutable and thread-safe.
 */
public final class ArnPattern {

    private final String text;
    private final Glob whole;
    private final Glob[] parts;

    private ArnPattern(String text, boolean[] literal) {
        this.text = text;
        this.whole = Glob.compile(text, literal);
        if (text.equals("*") && (literal == null || !literal[0])) {
            parts = null;
            return;
        }
        Glob[] split = new Glob[6];
        int seg = 0;
        int start = 0;
        for (int i = 0; i < text.length() && seg < 5; i++) {
            if (text.charAt(i) == ':') {
                split[seg++] = Glob.compile(text.substring(start, i), slice(literal, start, i));
                start = i + 1;
            }
        }
        split[seg++] = Glob.compile(text.substring(start), slice(literal, start, text.length()));
        Glob[] exact = new Glob[seg];
        System.arraycopy(split, 0, exact, 0, seg);
        parts = exact;
    }

    public static ArnPattern compile(String pattern) {
        return new ArnPattern(pattern, null);
    }

    /** Compiles a pattern whose flagged characters are literal (escapes and substituted variables). */
    public static ArnPattern compile(String pattern, boolean[] literal) {
        return new ArnPattern(pattern, literal);
    }

    private static boolean[] slice(boolean[] literal, int from, int to) {
        if (literal == null) {
            return null;
        }
        boolean[] out = new boolean[to - from];
        System.arraycopy(literal, from, out, 0, to - from);
        return out;
    }

    public boolean matches(Arn arn) {
        if (parts == null) {
            return true;
        }
        if (arn.segments() < 6 || parts.length < 2) {
            return whole.matches(arn.text());
        }
        String t = arn.text();
        int last = parts.length - 1;
        for (int i = 0; i < last; i++) {
            if (!parts[i].matches(t, arn.start(i), arn.end(i))) {
                return false;
            }
        }
        return parts[last].matches(t, arn.start(last), t.length());
    }

    /**
     * Matches a pattern resolved for one request (policy variables substituted) without compiling it, so
     * evaluation of templated resources allocates no matcher.
     */
    public static boolean matches(CharSequence pattern, boolean[] literal, Arn arn) {
        String t = arn.text();
        if (pattern.length() == 1 && pattern.charAt(0) == '*' && (literal == null || !literal[0])) {
            return true;
        }
        if (arn.segments() < 6) {
            return Glob.matches(pattern, literal, 0, pattern.length(), t, 0, t.length());
        }
        int seg = 0;
        int start = 0;
        for (int i = 0; i < pattern.length() && seg < 5; i++) {
            if (pattern.charAt(i) == ':') {
                if (!Glob.matches(pattern, literal, start, i, t, arn.start(seg), arn.end(seg))) {
                    return false;
                }
                seg++;
                start = i + 1;
            }
        }
        if (seg == 0) {
            return Glob.matches(pattern, literal, 0, pattern.length(), t, 0, t.length());
        }
        return Glob.matches(pattern, literal, start, pattern.length(), t, arn.start(seg), t.length());
    }

    @Override
    public String toString() {
        return text;
    }
}
