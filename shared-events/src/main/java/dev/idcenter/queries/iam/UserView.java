package dev.idcenter.queries.iam;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A user as IAM's Get/List operations show it; inline policies by name, documents verbatim. */
public record UserView(String accountId, String userId, String userName, String path, String arn, Instant createDate,
                       String permissionsBoundaryArn, List<Tag> tags, Map<String, String> inlinePolicies) {
}
