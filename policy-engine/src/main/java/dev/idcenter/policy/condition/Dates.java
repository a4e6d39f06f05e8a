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
}
