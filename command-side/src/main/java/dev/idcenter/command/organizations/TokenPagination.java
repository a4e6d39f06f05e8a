package dev.idcenter.command.organizations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.protocol.AwsErrorException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Organizations' NextToken/MaxResults pagination over an ordered result (IAM's Marker in {@code Pagination}). The
 * token is the next index, opaque and tied to the operation, so a token from another listing is refused.
 */
public record TokenPagination(int from, int to, int total, String scope) {

    public static final int DEFAULT_MAX_RESULTS = 20;

    public static TokenPagination of(ObjectNode input, int total, String scope) {
        int max = input.hasNonNull("MaxResults") ? input.get("MaxResults").asInt() : DEFAULT_MAX_RESULTS;
        int from = input.hasNonNull("NextToken") ? parse(input.get("NextToken").asText(), total, scope) : 0;
        return new TokenPagination(from, Math.min(total, from + max), total, scope);
    }

    public <T> List<T> slice(List<T> all) {
        return all.subList(from, to);
    }

    /** Sets {@code NextToken} on the output when more results follow. */
    public void describe(ObjectNode output) {
        if (to < total) {
            output.put("NextToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((scope + ":" + to).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static int parse(String token, int total, String scope) {
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
            throw new AwsErrorException("InvalidInputException", 400,
                    "You provided a value that does not match the required pattern: the NextToken does not come "
                            + "from a previous response to this request.");
        }
    }
}
