package dev.idcenter.policy.condition;

import dev.idcenter.policy.arn.Arn;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The value(s) of one request context key. Values are held as text, as AWS receives them; the numeric, date, IP
 * and ARN forms are parsed the first time an operator needs them and cached, so a key used by many statements is
 * parsed once per request. A value is meant for one request; sharing it between threads is safe.
 */
public final class ContextValue {

    private final String[] values;
    private volatile double[] numbers;
    private volatile long[] dates;
    private volatile byte[][] ips;
    private volatile Arn[] arns;

    private ContextValue(String[] values) {
        this.values = values;
    }

    public static ContextValue of(String... values) {
        return new ContextValue(values.clone());
    }

    public static ContextValue of(List<String> values) {
        return new ContextValue(values.toArray(new String[0]));
    }

    public static ContextValue of(boolean value) {
        return new ContextValue(new String[] {Boolean.toString(value)});
    }

    public static ContextValue of(long number) {
        return new ContextValue(new String[] {Long.toString(number)});
    }

    public static ContextValue of(Instant instant) {
        return new ContextValue(new String[] {instant.toString()});
    }

    public int size() {
        return values.length;
    }

    public String get(int i) {
        return values[i];
    }

    public List<String> values() {
        return List.of(values);
    }

    double number(int i) {
        double[] n = numbers;
        if (n == null) {
            n = new double[values.length];
            for (int k = 0; k < values.length; k++) {
                n[k] = Numbers.parse(values[k]);
            }
            numbers = n;
        }
        return n[i];
    }

    long date(int i) {
        long[] d = dates;
        if (d == null) {
            d = new long[values.length];
            for (int k = 0; k < values.length; k++) {
                d[k] = Dates.parse(values[k]);
            }
            dates = d;
        }
        return d[i];
    }

    byte[] ip(int i) {
        byte[][] a = ips;
        if (a == null) {
            a = new byte[values.length][];
            for (int k = 0; k < values.length; k++) {
                a[k] = IpRange.parseAddress(values[k]);
            }
            ips = a;
        }
        return a[i];
    }

    Arn arn(int i) {
        Arn[] a = arns;
        if (a == null) {
            a = new Arn[values.length];
            for (int k = 0; k < values.length; k++) {
                a[k] = Arn.of(values[k]);
            }
            arns = a;
        }
        return a[i];
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
