package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

/** A managed policy was detached from the group. */
@Revision("1")
public record GroupManagedPolicyDetached(String accountId, String groupId, String policyArn) {
}
