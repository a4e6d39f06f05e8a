package dev.idcenter.events.iam.group;

import org.axonframework.serialization.Revision;

/** An inline policy of the group was added or replaced; the document is kept verbatim. */
@Revision("1")
public record GroupInlinePolicyPut(String accountId, String groupId, String policyName, String policyDocument) {
}
