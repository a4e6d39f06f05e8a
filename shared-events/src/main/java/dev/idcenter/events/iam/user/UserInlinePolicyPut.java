package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** An inline policy of the user was added or replaced; the document is kept verbatim. */
@Revision("1")
public record UserInlinePolicyPut(String accountId, String userId, String policyName, String policyDocument) {
}
