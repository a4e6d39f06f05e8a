/**
 * Events of virtual MFA devices, one aggregate per device keyed by its unique id. The TOTP seed is never in an event:
 * it is derived from the master key named by {@link dev.idcenter.events.iam.mfa.VirtualMfaDeviceCreated#masterKeyId()}
 * and the device id. Code steps (time-step counters) are recorded only to refuse a code used twice.
 */
package dev.idcenter.events.iam.mfa;
