package dev.idcenter.command.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS managed policies shipped with the product (classpath {@code aws-managed-policies/}, see its README): the
 * same in every account, read-only, each with one version {@code v1}. Every document is validated at startup.
 */
@Component
public class AwsManagedPolicies {

    static final String ARN_PREFIX = "arn:aws:iam::aws:policy";
    private static final String ROOT = "aws-managed-policies/";
    private final Map<String, AwsPolicy> byArn = new LinkedHashMap<>();

    /** One AWS managed policy. */
    public record AwsPolicy(String policyId, String policyName, String path, String arn, String description,
                            Instant createDate, String document, boolean attachable) {
    }

    public AwsManagedPolicies(ObjectMapper json) {
        try {
            JsonNode catalog = json.readTree(resource("catalog.json"));
            List<AwsPolicy> policies = new ArrayList<>();
            for (JsonNode entry : catalog) {
                String name = entry.get("name").asText();
                String path = entry.get("path").asText();
                String document = new String(resource(path.substring(1) + name + ".json").readAllBytes(),
                        StandardCharsets.UTF_8).strip();
                PolicyParser.parse(document, PolicyType.IDENTITY, ManagedPolicy.MAX_DOCUMENT_SIZE);
                policies.add(new AwsPolicy(entry.get("id").asText(), name, path, ARN_PREFIX + path + name,
                        entry.get("description").asText(), Instant.parse(entry.get("created").asText()), document,
                        !entry.has("attachable") || entry.get("attachable").asBoolean()));
            }
            policies.sort(Comparator.comparing(p -> p.policyName().toLowerCase(java.util.Locale.ROOT)));
            policies.forEach(p -> byArn.put(p.arn(), p));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable AWS managed policy catalog", e);
        }
    }

    public Optional<AwsPolicy> find(String arn) {
        return Optional.ofNullable(byArn.get(arn));
    }

    /** All of them, ordered by name. */
    public List<AwsPolicy> all() {
        return List.copyOf(byArn.values());
    }

    public static boolean isAwsArn(String arn) {
        return arn.startsWith(ARN_PREFIX + "/");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AwsManagedPolicies.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing classpath resource " + ROOT + name);
        }
        return in;
    }
}
