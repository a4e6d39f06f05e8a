package dev.idcenter.events.iam.mfa;

import dev.idcenter.events.iam.Tag;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were added to the device or their values replaced (keys ignoring case). */
@Revision("1")
public record VirtualMfaDeviceTagged(String accountId, String deviceId, List<Tag> tags) {
}
