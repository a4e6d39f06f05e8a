package dev.idcenter.command.iam.mfa;

import dev.idcenter.events.iam.Tag;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Create an unassigned virtual MFA device; its id, the master key its seed derives from, and the time arrive here. */
public record CreateVirtualMfaDevice(@TargetAggregateIdentifier String deviceId, String accountId, String deviceName,
                                     String path, String serialNumber, String masterKeyId, List<Tag> tags,
                                     Instant createdAt) {
}
