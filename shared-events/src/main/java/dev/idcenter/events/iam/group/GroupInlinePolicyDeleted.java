package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

/** An inline policy of the group was deleted. */
@Revision("1")
public record GroupInlinePolicyDeleted(String accountId, String groupId, String policyName) {
}
