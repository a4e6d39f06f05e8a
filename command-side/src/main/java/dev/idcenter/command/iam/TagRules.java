package dev.idcenter.command.iam;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.protocol.AwsErrorException;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** IAM's tag rules, the same for every taggable entity: keys ignore case, at most 50 tags (IAM-3, IAM-5). */
public final class TagRules {

    public static final int MAX_TAGS = 50;

    private TagRules() {
    }

    public static String key(String tagKey) {
        return tagKey.toLowerCase(Locale.ROOT);
    }

    public static void requireDistinctKeys(List<Tag> tags) {
        if (tags.stream().map(t -> key(t.key())).distinct().count() != tags.size()) {
            throw new AwsErrorException("InvalidInput", 400,
                    "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
        }
    }

    /** Refuses tags that would take an entity past the quota; {@code existingKeys} are lower-cased. */
    public static void requireWithinQuota(Collection<String> existingKeys, List<Tag> added, String quotaName) {
        long newKeys = added.stream().filter(t -> !existingKeys.contains(key(t.key()))).count();
        if (existingKeys.size() + newKeys > MAX_TAGS) {
            throw new AwsErrorException("LimitExceeded", 409, "Cannot exceed quota for " + quotaName + ": " + MAX_TAGS + ".");
        }
    }
}
