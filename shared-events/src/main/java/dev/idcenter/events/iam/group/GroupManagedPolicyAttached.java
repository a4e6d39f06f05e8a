package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

/** A managed policy was attached to the group. */
@Revision("1")
public record GroupManagedPolicyAttached(String accountId, String groupId, String policyArn) {
}
