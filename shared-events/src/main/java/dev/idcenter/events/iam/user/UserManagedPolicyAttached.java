package dev.idcenter.events.iam.user;

import org.axonframework.serialization.Revision;

/** A managed policy was attached to the user. */
@Revision("1")
public record UserManagedPolicyAttached(String accountId, String userId, String policyArn) {
}
