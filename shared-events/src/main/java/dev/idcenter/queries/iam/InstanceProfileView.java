package dev.idcenter.queries.iam;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/** An instance profile as IAM shows it; {@code roleNames} holds at most one name (IAM-6). */
public record InstanceProfileView(String accountId, String instanceProfileId, String instanceProfileName, String path,
                                  String arn, Instant createDate, List<Tag> tags, List<String> roleNames) {
}
