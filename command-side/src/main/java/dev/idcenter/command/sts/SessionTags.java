package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.command.iam.TagRules;
import dev.idcenter.events.iam.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The session tags of a new session (STS-1, STS-3): the passed {@code Tags} (keys distinct ignoring case, none
 * reserved), the passed {@code TransitiveTagKeys} (a subset of them), and the transitive tags the parent session hands
 * down, which the new session can neither drop nor override.
 *
 * @param tags          every session tag, inherited ones first
 * @param transitiveKeys the keys (as the tags spell them) that pass further down a chain
 * @param passed        the tags this request passed (what the packed size counts)
 */
record SessionTags(List<Tag> tags, List<String> transitiveKeys, List<Tag> passed) {

    static SessionTags of(ObjectNode input, SessionContext parent) {
        List<Tag> passed = IamWire.tagsOf(input);
        Map<String, Tag> byKey = new LinkedHashMap<>();
        for (Tag tag : passed) {
            if (tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw StsErrors.validation("Tag key " + tag.key() + " is reserved: session tag keys cannot start with aws:.");
            }
            if (byKey.put(TagRules.key(tag.key()), tag) != null) {
                throw StsErrors.validation("Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }
        Set<String> transitive = new LinkedHashSet<>();
        for (String key : IamWire.strings(input, "TransitiveTagKeys")) {
            Tag tag = byKey.get(TagRules.key(key));
            if (tag == null) {
                throw StsErrors.validation("The TransitiveTagKeys value " + key + " is not the key of a session tag "
                        + "passed in Tags.");
            }
            transitive.add(tag.key());
        }
        List<Tag> tags = new ArrayList<>();
        List<String> transitiveKeys = new ArrayList<>();
        if (parent != null) {
            for (String inheritedKey : parent.transitiveTagKeys()) {
                if (byKey.containsKey(TagRules.key(inheritedKey))) {
                    throw StsErrors.validation("The session tag " + inheritedKey + " is a transitive tag inherited "
                            + "from the calling session: it cannot be overridden (Tags).");
                }
                tags.add(new Tag(inheritedKey, parent.sessionTags().get(inheritedKey)));
                transitiveKeys.add(inheritedKey);
            }
        }
        tags.addAll(passed);
        transitiveKeys.addAll(transitive);
        return new SessionTags(List.copyOf(tags), List.copyOf(transitiveKeys), List.copyOf(passed));
    }

    Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        tags.forEach(tag -> map.put(tag.key(), tag.value()));
        return map;
    }
}
