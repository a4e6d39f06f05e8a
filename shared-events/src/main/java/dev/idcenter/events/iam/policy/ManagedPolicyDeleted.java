package dev.idcenter.events.iam.policy;

import org.axonframework.serialization.Revision;

/** A customer managed policy was deleted with its default version; its name is free again. */
@Revision("1")
public record ManagedPolicyDeleted(String accountId, String policyId, String policyName) {
}
