/**
 * Virtual MFA devices (CreateVirtualMFADevice ... ListMFADeviceTags), one {@code VirtualMfaDevice} aggregate per
 * device keyed by a unique id ({@code MFAD...}) that clients never see: they name a device by its serial number, its
 * ARN, which {@code command.iam_mfa_device} maps to the id (unique per account, ignoring case).
 *
 * <p>The TOTP seed is a secret and is never stored: it is {@code MasterKeyRing.derive(keyId,
 * "virtual-mfa-seed/v1/" + deviceId)}, so only the master key id is in the creation event, a device re-created
 * under the same serial number gets a new seed, and the seed leaves the server once, in CreateVirtualMFADevice's
 * answer. The aggregate never sees it either: handlers (which may derive it) tell the device at which time steps
 * around now a code matches, and the device applies the rules that need its history ({@code CodeWindow}): one step
 * either side of its clock, its drift after ResyncMFADevice, and no step spent twice (enabling, resyncing and every
 * accepted MFA code spend their steps). {@link dev.idcenter.command.iam.mfa.MfaCodes} is the entry point for STS.
 *
 * <p>A user holding a device cannot be deleted: {@code iam_mfa_device.user_id} references the user's name row, so the
 * database decides a race between EnableMFADevice and DeleteUser.
 */
package dev.idcenter.command.iam.mfa;
