package dev.idcenter.queries.iam;

import java.time.Instant;
import java.util.Map;

/** A group as IAM's Get/List operations show it; inline policies by name, documents verbatim. */
public record GroupView(String accountId, String groupId, String groupName, String path, String arn, Instant createDate,
                        Map<String, String> inlinePolicies) {
}
