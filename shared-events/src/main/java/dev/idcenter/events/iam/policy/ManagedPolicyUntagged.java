package dev.idcenter.events.iam.policy;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were removed from a customer managed policy (keys compared ignoring case). */
@Revision("1")
public record ManagedPolicyUntagged(String accountId, String policyId, List<String> tagKeys) {
}
