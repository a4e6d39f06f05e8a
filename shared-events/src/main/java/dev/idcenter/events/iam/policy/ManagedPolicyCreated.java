package dev.idcenter.events.iam.policy;

import dev.idcenter.events.iam.Tag;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A customer managed policy came into being (IAM-4) with its first version, {@code v1}, as the default. The document
 * is kept verbatim.
 */
@Revision("1")
public record ManagedPolicyCreated(String accountId, String policyId, String policyName, String path, String description,
                                   String policyDocument, List<Tag> tags, Instant createdAt) {
}
