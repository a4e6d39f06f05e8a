package dev.idcenter.query.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.iam.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Tags as the views keep them (a JSON array), and IAM's rules for changing them: keys ignore case. */
public final class ViewTags {

    private final ObjectMapper json;

    public ViewTags(ObjectMapper json) {
        this.json = json;
    }

    public List<Tag> read(String stored) {
        try {
            return List.of(json.readValue(stored, Tag[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable tags", e);
        }
    }

    public String write(List<Tag> tags) {
        try {
            return json.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds tags, replacing the values of keys already present (ignoring case), in the order given. */
    public static List<Tag> tagged(List<Tag> current, List<Tag> added) {
        Set<String> replaced = added.stream().map(t -> lower(t.key())).collect(Collectors.toSet());
        List<Tag> tags = new ArrayList<>(current.stream().filter(t -> !replaced.contains(lower(t.key()))).toList());
        tags.addAll(added);
        return tags;
    }

    public static List<Tag> untagged(List<Tag> current, List<String> keys) {
        Set<String> removed = keys.stream().map(ViewTags::lower).collect(Collectors.toSet());
        return current.stream().filter(t -> !removed.contains(lower(t.key()))).toList();
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
