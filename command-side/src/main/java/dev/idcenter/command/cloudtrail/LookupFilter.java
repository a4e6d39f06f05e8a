package dev.idcenter.command.cloudtrail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.audit.LookupAuditEvents.AuditCursor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a LookupEvents request selects, and its paging tokens. A token names where the previous page ended and
 * carries a fingerprint of the selection, because AWS refuses a token used with other parameters.
 *
 * @param attributeKey   the one lookup attribute's key, or null
 * @param attributeValue its value
 * @param startTime      inclusive lower bound, or null
 * @param endTime        inclusive upper bound, or null
 * @param insights       whether Insights events were asked for
 */
record LookupFilter(String attributeKey, String attributeValue, Instant startTime, Instant endTime, boolean insights) {

    static LookupFilter of(ObjectNode input) {
        JsonNode attributes = input.path("LookupAttributes");
        String key = null;
        String value = null;
        if (attributes.size() > 1) {
            throw new AwsErrorException("InvalidLookupAttributesException", 400,
                    "LookupAttributes can contain only one item, but " + attributes.size() + " were given.");
        }
        if (attributes.size() == 1) {
            key = attributes.get(0).path("AttributeKey").asText();
            value = attributes.get(0).path("AttributeValue").asText();
            if ("ReadOnly".equals(key) && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new AwsErrorException("InvalidLookupAttributesException", 400,
                        "The AttributeValue of the ReadOnly LookupAttribute must be true or false.");
            }
            if ("ReadOnly".equals(key)) {
                value = value.toLowerCase(Locale.ROOT);
            }
        }
        Instant start = LookupEventsHandler.instant(input.get("StartTime"));
        Instant end = LookupEventsHandler.instant(input.get("EndTime"));
        if (start != null && end != null && start.isAfter(end)) {
            throw LookupEventsHandler.invalidTimeRange();
        }
        return new LookupFilter(key, value, start, end, input.hasNonNull("EventCategory"));
    }

    String tokenAfter(Instant eventTime, String eventId) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, eventTime);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (fingerprint() + "|" + micros + "|" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    AuditCursor cursorOf(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(fingerprint()) || parts[2].isEmpty()) {
                throw new IllegalArgumentException();
            }
            return new AuditCursor(Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), parts[2]);
        } catch (IllegalArgumentException e) {
            throw new AwsErrorException("InvalidNextTokenException", 400,
                    "The NextToken is not valid, or was returned for a request with other parameters.");
        }
    }

    private String fingerprint() {
        String selection = attributeKey + "\n" + attributeValue + "\n" + startTime + "\n" + endTime;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(selection.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
