package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** An inline policy of the user was deleted. */
@Revision("1")
public record UserInlinePolicyDeleted(String accountId, String userId, String policyName) {
}
