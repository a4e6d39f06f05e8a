package dev.idcenter.policy.arn;

/**
 * A compiled {@code *}/{@code ?} wildcard pattern (EVAL-9), matched without regular expressions and without
 * allocating. Common shapes (exact, {@code *}, {@code prefix*}, {@code *suffix}, {@code *infix*}) take fast paths.
 * Characters flagged literal (from the {@code ${*}}/{@code ${?}} escapes or substituted variable values) never act
 * as wildcards. Immutable and thread-safe.
 */
public final class Glob {

    private enum Kind { ANY, EXACT, PREFIX, SUFFIX, CONTAINS, GENERAL }

    private final String pattern;
    private final boolean[] literal;
    private final Kind kind;
    private final String fixed;

    private Glob(String pattern, boolean[] literal) {
        this.pattern = pattern;
        this.literal = literal;
        int wildcards = 0;
        int firstWild = -1;
        int lastWild = -1;
        boolean question = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if ((c == '*' || c == '?') && !isLiteral(i)) {
                wildcards++;
                question |= c == '?';
                if (firstWild < 0) {
                    firstWild = i;
                }
                lastWild = i;
            }
        }
        int n = pattern.length();
        if (wildcards == 0) {
            kind = Kind.EXACT;
            fixed = pattern;
        } else if (question) {
            kind = Kind.GENERAL;
            fixed = null;
        } else if (n == 1) {
            kind = Kind.ANY;
            fixed = null;
        } else if (wildcards == 1 && lastWild == n - 1) {
            kind = Kind.PREFIX;
            fixed = pattern.substring(0, n - 1);
        } else if (wildcards == 1 && firstWild == 0) {
            kind = Kind.SUFFIX;
            fixed = pattern.substring(1);
        } else if (wildcards == 2 && firstWild == 0 && lastWild == n - 1) {
            kind = Kind.CONTAINS;
            fixed = pattern.substring(1, n - 1);
        } else {
            kind = Kind.GENERAL;
            fixed = null;
        }
    }

    /** Compiles a pattern in which every {@code *} and {@code ?} is a wildcard. */
    public static Glob compile(String pattern) {
        return new Glob(pattern, null);
    }

    /** Compiles a pattern whose characters flagged in {@code literal} match only themselves. */
    public static Glob compile(String pattern, boolean[] literal) {
        return new Glob(pattern, literal);
    }

    /** One-off match of {@code text} against {@code pattern}. */
    public static boolean matches(String text, String pattern) {
        return compile(pattern).matches(text);
    }

    public boolean matchesEverything() {
        return kind == Kind.ANY;
    }

    public boolean matches(String text) {
        return matches(text, 0, text.length());
    }

    /** Matches the region {@code [from, to)} of {@code text}. */
    public boolean matches(String text, int from, int to) {
        int len = to - from;
        switch (kind) {
            case ANY:
                return true;
            case EXACT:
                return len == fixed.length() && text.regionMatches(from, fixed, 0, len);
            case PREFIX:
                return len >= fixed.length() && text.regionMatches(from, fixed, 0, fixed.length());
            case SUFFIX:
                return len >= fixed.length() && text.regionMatches(to - fixed.length(), fixed, 0, fixed.length());
            case CONTAINS:
                return contains(text, from, to);
            default:
                return general(text, from, to);
        }
    }

    private boolean contains(String text, int from, int to) {
        int f = fixed.length();
        for (int i = from; i + f <= to; i++) {
            if (text.regionMatches(i, fixed, 0, f)) {
                return true;
            }
        }
        return false;
    }

    private boolean general(String text, int from, int to) {
        int p = 0;
        int t = from;
        int plen = pattern.length();
        int starP = -1;
        int starT = -1;
        while (t < to) {
            if (p < plen) {
                char c = pattern.charAt(p);
                boolean wild = !isLiteral(p);
                if (wild && c == '*') {
                    starP = p++;
                    starT = t;
                    continue;
                }
                if ((wild && c == '?') || c == text.charAt(t)) {
                    p++;
                    t++;
                    continue;
                }
            }
            if (starP >= 0) {
                p = starP + 1;
                t = ++starT;
                continue;
            }
            return false;
        }
        while (p < plen && pattern.charAt(p) == '*' && !isLiteral(p)) {
            p++;
        }
        return p == plen;
    }

    /**
     * Matches text region {@code [tFrom, tTo)} against pattern region {@code [pFrom, pTo)} without compiling;
     * {@code literal} (indexed like {@code pattern}, may be null) flags characters that are not wildcards.
     */
    public static boolean matches(CharSequence pattern, boolean[] literal, int pFrom, int pTo, String text,
                                  int tFrom, int tTo) {
        int p = pFrom;
        int t = tFrom;
        int starP = -1;
        int starT = -1;
        while (t < tTo) {
            if (p < pTo) {
                char c = pattern.charAt(p);
                boolean wild = literal == null || !literal[p];
                if (wild && c == '*') {
                    starP = p++;
                    starT = t;
                    continue;
                }
                if ((wild && c == '?') || c == text.charAt(t)) {
                    p++;
                    t++;
                    continue;
                }
            }
            if (starP >= 0) {
                p = starP + 1;
                t = ++starT;
                continue;
            }
            return false;
        }
        while (p < pTo && pattern.charAt(p) == '*' && (literal == null || !literal[p])) {
            p++;
        }
        return p == pTo;
    }

    private boolean isLiteral(int i) {
        return literal != null && literal[i];
    }

    @Override
    public String toString() {
        return pattern;
    }
}
