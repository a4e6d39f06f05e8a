package dev.idcenter.events.iam.policy;

import org.axonframework.serialization.Revision;

/** Another existing version became the default of a customer managed policy. */
@Revision("1")
public record DefaultPolicyVersionSet(String accountId, String policyId, String versionId) {
}
