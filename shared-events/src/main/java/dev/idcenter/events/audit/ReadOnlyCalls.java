package dev.idcenter.events.audit;

import java.util.List;

/**
 * CloudTrail's {@code readOnly} of a call. The botocore models state no such trait, so it follows AWS's naming:
 * operations that only read are named Get, List, Describe, Lookup, Simulate... CloudTrail also counts the STS calls
 * that issue credentials as read-only (they change no resource), and so does this rule.
 */
public final class ReadOnlyCalls {

    private static final List<String> READING_PREFIXES = List.of("Get", "List", "Describe", "Lookup", "Simulate",
            "Search", "Decode");

    private ReadOnlyCalls() {
    }

    /** Whether {@code eventName} of {@code eventSource} only reads; false when the call named no operation. */
    public static boolean readOnly(String eventSource, String eventName) {
        if (eventName == null) {
            return false;
        }
        if ("sts.amazonaws.com".equals(eventSource)) {
            return true;
        }
        return READING_PREFIXES.stream().anyMatch(prefix -> eventName.startsWith(prefix)
                && eventName.length() > prefix.length() && Character.isUpperCase(eventName.charAt(prefix.length())));
    }
}
