package dev.idcenter.queries.iam.mfa;

import dev.idcenter.events.iam.Tag;

import java.time.Instant;
import java.util.List;

/**
 * A virtual MFA device as IAM shows it; {@code userId}, {@code userName} and {@code enableDate} are null while it is
 * unassigned. Never the seed.
 */
public record MfaDeviceView(String accountId, String deviceId, String serialNumber, Instant createDate, String userId,
                            String userName, Instant enableDate, List<Tag> tags) {

    public boolean assigned() {
        return userId != null;
    }
}
