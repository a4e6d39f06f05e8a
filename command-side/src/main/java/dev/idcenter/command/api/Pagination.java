package dev.idcenter.command.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.protocol.AwsErrorException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Paging over an ordered result, in either of AWS's two styles: IAM's Marker/MaxItems/IsTruncated or the JSON
 * services' NextToken/MaxResults. The token is the next index, opaque to clients and tied to the operation, so a
 * token from another listing is refused.
 */
public record Pagination(int from, int to, int total, String scope, Style style) {

    public static final int DEFAULT_MAX_ITEMS = 100;

    /** The member names, default page size and refusal of one AWS paging style. */
    public enum Style {
        MARKER("Marker", "MaxItems", DEFAULT_MAX_ITEMS, "InvalidInput",
                "Invalid value for parameter Marker: it does not come from a previous response to this request."),
        NEXT_TOKEN("NextToken", "MaxResults", 20, "InvalidInputException",
                "You provided a value that does not match the required pattern: the NextToken does not come "
                        + "from a previous response to this request.");

        private final String tokenMember;
        private final String sizeMember;
        private final int defaultSize;
        private final String errorCode;
        private final String errorMessage;

        Style(String tokenMember, String sizeMember, int defaultSize, String errorCode, String errorMessage) {
            this.tokenMember = tokenMember;
            this.sizeMember = sizeMember;
            this.defaultSize = defaultSize;
            this.errorCode = errorCode;
            this.errorMessage = errorMessage;
        }
    }

    /** IAM's Marker/MaxItems. */
    public static Pagination of(ObjectNode input, int total, String scope) {
        return of(input, total, scope, Style.MARKER);
    }

    /** The JSON services' NextToken/MaxResults. */
    public static Pagination ofTokens(ObjectNode input, int total, String scope) {
        return of(input, total, scope, Style.NEXT_TOKEN);
    }

    private static Pagination of(ObjectNode input, int total, String scope, Style style) {
        int max = input.hasNonNull(style.sizeMember) ? input.get(style.sizeMember).asInt() : style.defaultSize;
        int from = input.hasNonNull(style.tokenMember) ? parse(input.get(style.tokenMember).asText(), total, scope, style) : 0;
        return new Pagination(from, Math.min(total, from + max), total, scope, style);
    }

    public <T> List<T> slice(List<T> all) {
        return all.subList(from, to);
    }

    public boolean truncated() {
        return to < total;
    }

    /** Writes the paging members: {@code IsTruncated} and {@code Marker}, or {@code NextToken} when more follow. */
    public void describe(ObjectNode output) {
        if (style == Style.MARKER) {
            output.put("IsTruncated", truncated());
        }
        if (truncated()) {
            output.put(style.tokenMember, Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((scope + ":" + to).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static int parse(String token, int total, String scope, Style style) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!decoded.startsWith(scope + ":")) {
                throw new IllegalArgumentException();
            }
            int next = Integer.parseInt(decoded.substring(scope.length() + 1));
            if (next < 0 || next > total) {
                throw new IllegalArgumentException();
            }
            return next;
        } catch (IllegalArgumentException e) {
            throw new AwsErrorException(style.errorCode, 400, style.errorMessage);
        }
    }
}
