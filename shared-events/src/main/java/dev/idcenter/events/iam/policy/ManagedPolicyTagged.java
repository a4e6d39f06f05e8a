package dev.idcenter.events.iam.policy;

import dev.idcenter.events.iam.Tag;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were added to a customer managed policy, or their values replaced (keys compared ignoring case). */
@Revision("1")
public record ManagedPolicyTagged(String accountId, String policyId, List<Tag> tags) {
}
