package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;
import dev.idcenter.events.iam.Tag;

import java.util.List;

/** Tags were added to the role or their values replaced (keys ignoring case). */
@Revision("1")
public record RoleTagged(String accountId, String roleId, List<Tag> tags) {
}
