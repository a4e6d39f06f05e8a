package dev.idcenter.events.iam.mfa;

import org.axonframework.serialization.Revision;

/** The (unassigned) device is gone; its serial number may be used again, for a device with a new seed. */
@Revision("1")
public record VirtualMfaDeviceDeleted(String accountId, String deviceId, String serialNumber) {
}
