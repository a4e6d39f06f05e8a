package dev.idcenter.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.idcenter.events.audit.ApiCallRecorded;

import java.util.Set;

/**
 * The resource an audit record names, in CloudTrail's {@code resources} terms: the role of the calls that assume
 * one, from {@code roleArn}. Other calls name none here.
 *
 * @param type      CloudTrail's resource type, {@code AWS::IAM::Role}
 * @param arn       the resource's ARN
 * @param accountId the account in the ARN, or null
 */
record AuditResource(String type, String arn, String accountId) {

    private static final Set<String> ASSUMING = Set.of("AssumeRole", "AssumeRoleWithSAML", "AssumeRoleWithWebIdentity");

    static AuditResource of(ApiCallRecorded event, ObjectMapper mapper) {
        if (!"sts.amazonaws.com".equals(event.eventSource()) || event.eventName() == null
                || !ASSUMING.contains(event.eventName())
                || event.requestParameters() == null) {
            return null;
        }
        try {
            String roleArn = mapper.readTree(event.requestParameters()).path("roleArn").asText(null);
            if (roleArn == null) {
                return null;
            }
            String[] parts = roleArn.split(":", 6);
            return new AuditResource("AWS::IAM::Role", roleArn, parts.length == 6 && !parts[4].isEmpty() ? parts[4] : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit event holds unreadable request parameters", e);
        }
    }
}
