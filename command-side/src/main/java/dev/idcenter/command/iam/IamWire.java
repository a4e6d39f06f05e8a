package dev.idcenter.command.iam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.Pagination;
import dev.idcenter.events.iam.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What every IAM operation reads from its decoded input and writes into its output, the same for every entity:
 * members, string lists, tags, and policy documents (URL-encoded as IAM answers them).
 */
public final class IamWire {

    public static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private IamWire() {
    }

    public static String text(ObjectNode input, String member) {
        return input.hasNonNull(member) ? input.get(member).asText() : null;
    }

    public static List<String> strings(ObjectNode input, String member) {
        List<String> values = new ArrayList<>();
        if (input.has(member)) {
            input.get(member).forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    public static List<Tag> tagsOf(ObjectNode input) {
        List<Tag> tags = new ArrayList<>();
        if (input.has("Tags")) {
            input.get("Tags").forEach(t -> tags.add(new Tag(t.get("Key").asText(), t.get("Value").asText())));
        }
        return tags;
    }

    public static ArrayNode tags(List<Tag> tags) {
        ArrayNode array = JSON.arrayNode();
        tags.forEach(tag -> array.addObject().put("Key", tag.key()).put("Value", tag.value()));
        return array;
    }

    /** {@code List{Role,User,Policy,InstanceProfile}Tags}: the tags, paged. */
    public static ObjectNode tagPage(ObjectNode input, List<Tag> tags, String scope) {
        Pagination page = Pagination.of(input, tags.size(), scope);
        ObjectNode output = JSON.objectNode();
        output.set("Tags", tags(page.slice(tags)));
        page.describe(output);
        return output;
    }

    /** IAM answers policy documents URL-encoded (RFC 3986: a space is %20); AWS clients decode them. */
    public static String urlEncoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
