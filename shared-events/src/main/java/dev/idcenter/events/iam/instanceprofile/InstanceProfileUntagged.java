package dev.idcenter.events.iam.instanceprofile;

import org.axonframework.serialization.Revision;
import java.util.List;

/** Tags were removed from the instance profile (keys ignoring case). */
@Revision("1")
public record InstanceProfileUntagged(String accountId, String instanceProfileId, List<String> tagKeys) {
}
