package dev.idcenter.events.iam.policy;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A new version of a customer managed policy (IAM-4); {@code asDefault} when it became the default at once. */
@Revision("1")
public record PolicyVersionCreated(String accountId, String policyId, String versionId, String policyDocument,
                                   boolean asDefault, Instant createdAt) {
}
