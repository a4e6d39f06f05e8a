package dev.idcenter.events.iam.instanceprofile;

import org.axonframework.serialization.Revision;
import dev.idcenter.events.iam.Tag;

import java.util.List;

/** Tags were added to the instance profile or their values replaced (keys ignoring case). */
@Revision("1")
public record InstanceProfileTagged(String accountId, String instanceProfileId, List<Tag> tags) {
}
