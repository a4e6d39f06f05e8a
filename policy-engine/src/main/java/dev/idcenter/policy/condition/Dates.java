package dev.idcenter.policy.condition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Date values of the Date operators: ISO 8601 (several precisions) or epoch seconds (EVAL-11). */
public final class Dates {

    /** Marks a value that is not a date; never equal to a real instant. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");

    private Dates() {
    }

    /** Epoch milliseconds, or {@link #INVALID}. */
    public static long parse(String text) {
        if (text == null || text.isEmpty()) {
            return INVALID;
        }
        String s = text.trim();
        try {
            long fast = fastUtc(s);
            if (fast != INVALID) {
                return fast;
            }
            if (s.chars().allMatch(c -> c >= '0' && c <= '9') && s.length() <= 12) {
                return Long.parseLong(s) * 1000L;
            }
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (s.endsWith("Z") || s.endsWith("z")) {
                if (s.indexOf('-') < 0) {
                    return OffsetDateTime.parse(s.toUpperCase(), BASIC).toInstant().toEpochMilli();
                }
                return Instant.parse(s.toUpperCase()).toEpochMilli();
            }
            int t = s.indexOf('T');
            if (t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0)) {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (RuntimeException e) {
            return INVALID;
        }
    }

    /** The common {@code yyyy-MM-ddTHH:mm:ssZ} form without java.time's parser allocations. */
    private static long fastUtc(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return INVALID;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return INVALID;
        }
        long days = LocalDate.of(year, month, day).toEpochDay();
        return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
