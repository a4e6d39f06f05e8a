package dev.idcenter.command.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.protocol.AwsErrorException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * IAM's Marker/MaxItems pagination over an ordered result. The marker is the next index, opaque to clients and tied
 * to the operation, so a marker from another listing is refused.
 */
public record Pagination(int from, int to, int total, String scope) {

    public static final int DEFAULT_MAX_ITEMS = 100;

    public static Pagination of(ObjectNode input, int total, String scope) {
        int max = input.hasNonNull("MaxItems") ? input.get("MaxItems").asInt() : DEFAULT_MAX_ITEMS;
        int from = input.hasNonNull("Marker") ? parse(input.get("Marker").asText(), total, scope) : 0;
        return new Pagination(from, Math.min(total, from + max), total, scope);
    }

    public <T> List<T> slice(List<T> all) {
        return all.subList(from, to);
    }

    public boolean truncated() {
        return to < total;
    }

    /** Sets {@code IsTruncated} and, when truncated, {@code Marker} on the output. */
    public void describe(ObjectNode output) {
        output.put("IsTruncated", truncated());
        if (truncated()) {
            output.put("Marker", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((scope + ":" + to).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static int parse(String marker, int total, String scope) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
            if (!decoded.startsWith(scope + ":")) {
                throw new IllegalArgumentException();
            }
            int next = Integer.parseInt(decoded.substring(scope.length() + 1));
            if (next < 0 || next > total) {
                throw new IllegalArgumentException();
            }
            return next;
        } catch (IllegalArgumentException e) {
            throw new AwsErrorException("InvalidInput", 400,
                    "Invalid value for parameter Marker: it does not come from a previous response to this request.");
        }
    }
}
