package dev.idcenter.events.iam.instanceprofile;

import org.axonframework.serialization.Revision;

/** The instance profile was deleted; its name is free again in its account. */
@Revision("1")
public record InstanceProfileDeleted(String accountId, String instanceProfileId, String instanceProfileName) {
}
