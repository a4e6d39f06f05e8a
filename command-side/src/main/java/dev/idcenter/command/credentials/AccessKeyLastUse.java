package dev.idcenter.command.credentials;

import dev.idcenter.events.audit.ApiCallRecorded;
import dev.idcenter.events.audit.CallerIdentity;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A key's last use, taken from the audit records of each call once they are stored: only an authenticated call
 * names a caller other than {@code Unknown}, so a forged signature never marks a key as used. Throttled by the
 * directory, not written per call. The audit recorder hands the records over itself rather than through an event
 * handler, so that no subscribing processor has to look at every call's record (docs/performance.md).
 */
@Component
public class AccessKeyLastUse {

    private final AccessKeyDirectory keys;

    AccessKeyLastUse(AccessKeyDirectory keys) {
        this.keys = keys;
    }

    public void recorded(List<ApiCallRecorded> records) {
        for (ApiCallRecorded record : records) {
            CallerIdentity caller = record.caller();
            if (caller == null || "Unknown".equals(caller.type()) || caller.accessKeyId() == null) {
                continue;
            }
            String source = record.eventSource() == null ? "N/A" : record.eventSource().replace(".amazonaws.com", "");
            keys.used(caller.accessKeyId(), new AccessKeyDirectory.LastUse(record.eventTime(), source,
                    record.awsRegion() == null ? "N/A" : record.awsRegion()));
        }
    }
}
