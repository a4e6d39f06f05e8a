package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;
import dev.idcenter.events.iam.Tag;

import java.util.List;

/** Tags were added to the user or their values replaced (keys ignoring case). */
@Revision("1")
public record UserTagged(String accountId, String userId, List<Tag> tags) {
}
