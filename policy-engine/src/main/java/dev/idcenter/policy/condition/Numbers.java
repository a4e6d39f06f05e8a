package dev.idcenter.policy.condition;

/** Numeric values of the Numeric operators; NaN marks text that is not a number and never compares true. */
final class Numbers {

    private Numbers() {
    }

    static double parse(String text) {
        if (text == null || text.isEmpty()) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(text.trim());
            return Double.isInfinite(d) ? Double.NaN : d;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
