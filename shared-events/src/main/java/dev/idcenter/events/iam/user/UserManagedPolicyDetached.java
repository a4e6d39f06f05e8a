package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** A managed policy was detached from the user. */
@Revision("1")
public record UserManagedPolicyDetached(String accountId, String userId, String policyArn) {
}
