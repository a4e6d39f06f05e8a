package dev.idcenter.events.iam.policy;

import org.axonframework.serialization.Revision;

/** A non-default version of a customer managed policy was deleted; its id is never used again. */
@Revision("1")
public record PolicyVersionDeleted(String accountId, String policyId, String versionId) {
}
