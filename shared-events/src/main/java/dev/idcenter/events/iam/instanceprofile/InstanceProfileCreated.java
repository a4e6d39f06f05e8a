package dev.idcenter.events.iam.instanceprofile;

import org.axonframework.serialization.Revision;
import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/** An instance profile came into being: a container for one role, handed to a workload (IAM-6). */
@Revision("1")
public record InstanceProfileCreated(String accountId, String instanceProfileId, String instanceProfileName, String path,
                                     List<Tag> tags, Instant createdAt) {
}
