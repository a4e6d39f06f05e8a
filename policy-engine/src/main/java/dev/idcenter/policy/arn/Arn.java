package dev.idcenter.policy.arn;

/**
 * A request-side ARN split once into its six segments
 * ({@code arn:partition:service:region:account:resource}); the resource segment keeps any further colons.
 * Strings that are not ARNs keep {@link #segments()} below 6 and are matched as a whole.
 */
public final class Arn {

    private final String text;
    private final int[] starts = new int[6];
    private final int[] ends = new int[6];
    private final int segments;

    private Arn(String text) {
        this.text = text;
        int seg = 0;
        int start = 0;
        for (int i = 0; i < text.length() && seg < 5; i++) {
            if (text.charAt(i) == ':') {
                starts[seg] = start;
                ends[seg] = i;
                seg++;
                start = i + 1;
            }
        }
        if (seg == 5 && text.startsWith("arn:")) {
            starts[5] = start;
            ends[5] = text.length();
            segments = 6;
        } else {
            segments = 0;
        }
    }

    public static Arn of(String text) {
        return new Arn(text == null ? "" : text);
    }

    public String text() {
        return text;
    }

    /** 6 for a well-formed ARN, 0 otherwise. */
    public int segments() {
        return segments;
    }

    public int start(int segment) {
        return starts[segment];
    }

    public int end(int segment) {
        return ends[segment];
    }

    /** The account segment, or "" when absent. */
    public String account() {
        return segments == 6 ? text.substring(starts[4], ends[4]) : "";
    }

    public String service() {
        return segments == 6 ? text.substring(starts[2], ends[2]) : "";
    }

    public String resource() {
        return segments == 6 ? text.substring(starts[5], ends[5]) : "";
    }

    @Override
    public String toString() {
        return text;
    }
}
