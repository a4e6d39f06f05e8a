package dev.idcenter.events.iam.mfa;

import dev.idcenter.events.iam.Tag;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A virtual MFA device came into being, unassigned. Its seed is derived under master key {@code masterKeyId} from
 * {@code deviceId}; {@code serialNumber} is its ARN, by which every IAM operation names it.
 */
@Revision("1")
public record VirtualMfaDeviceCreated(String accountId, String deviceId, String deviceName, String path,
                                      String serialNumber, String masterKeyId, List<Tag> tags, Instant createdAt) {
}
