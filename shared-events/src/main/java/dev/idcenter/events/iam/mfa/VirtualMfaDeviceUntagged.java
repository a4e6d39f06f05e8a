package dev.idcenter.events.iam.mfa;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Tags were removed from the device (keys ignoring case). */
@Revision("1")
public record VirtualMfaDeviceUntagged(String accountId, String deviceId, List<String> tagKeys) {
}
