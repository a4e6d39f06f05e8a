package dev.idcenter.command.authorization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.events.iam.Tag;
import dev.idcenter.policy.condition.ContextValue;

import java.util.List;
import java.util.Map;

/** The condition keys of the tags a request carries ({@code Tags}): {@code aws:RequestTag/k} and {@code aws:TagKeys}. */
final class RequestTags {

    private RequestTags() {
    }

    static void addTo(Map<String, ContextValue> keys, ObjectNode input) {
        List<Tag> tags = IamWire.tagsOf(input);
        if (!tags.isEmpty()) {
            tags.forEach(tag -> keys.put("aws:RequestTag/" + tag.key(), ContextValue.of(tag.value())));
            keys.put("aws:TagKeys", ContextValue.of(tags.stream().map(Tag::key).toList()));
        }
    }
}
