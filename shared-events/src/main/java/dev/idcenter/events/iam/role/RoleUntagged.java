package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;
import java.util.List;

/** Tags were removed from the role (keys ignoring case). */
@Revision("1")
public record RoleUntagged(String accountId, String roleId, List<String> tagKeys) {
}
