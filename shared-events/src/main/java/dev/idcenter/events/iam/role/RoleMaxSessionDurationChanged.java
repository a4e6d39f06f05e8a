package dev.idcenter.events.iam.role;

import org.axonframework.serialization.Revision;

/** The longest session the role grants changed (seconds, 3600 to 43200). */
@Revision("1")
public record RoleMaxSessionDurationChanged(String accountId, String roleId, int maxSessionDuration) {
}
