package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.policy.condition.ContextValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The condition keys of the tags a request carries ({@code Tags}): {@code aws:RequestTag/k} and {@code aws:TagKeys}. */
final class RequestTags {

    private RequestTags() {
    }

    static void addTo(Map<String, ContextValue> keys, ObjectNode input) {
        JsonNode tags = input.get("Tags");
        if (tags != null && tags.isArray() && !tags.isEmpty()) {
            List<String> tagKeys = new ArrayList<>();
            tags.forEach(tag -> {
                tagKeys.add(tag.path("Key").asText());
                keys.put("aws:RequestTag/" + tag.path("Key").asText(), ContextValue.of(tag.path("Value").asText()));
            });
            keys.put("aws:TagKeys", ContextValue.of(tagKeys));
        }
    }
}
