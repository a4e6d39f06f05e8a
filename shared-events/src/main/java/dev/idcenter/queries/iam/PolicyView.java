package dev.idcenter.queries.iam;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/**
 * A managed policy as IAM's Get/List operations show it. {@code accountId} is {@code aws} for AWS managed policies;
 * {@code attachmentCount} counts the attachments in the asking account only,
 * {@code permissionsBoundaryUsageCount} the entities of that account it bounds. {@code updateDate} is the creation time
 * of the newest version.
 */
public record PolicyView(String accountId, String policyId, String policyName, String path, String arn,
                         String defaultVersionId, int attachmentCount, int permissionsBoundaryUsageCount,
                         String description, Instant createDate,
                         Instant updateDate, List<Tag> tags) {
}
