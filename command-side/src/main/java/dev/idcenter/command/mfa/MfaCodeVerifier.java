package dev.idcenter.command.mfa;

import dev.idcenter.command.api.Caller;

import java.time.Instant;

/**
 * Checks an MFA code a caller presents with {@code SerialNumber} and {@code TokenCode} (AssumeRole,
 * GetSessionToken): valid only for an enabled device of that very IAM user (or root) and a current, unused code.
 */
public interface MfaCodeVerifier {

    boolean verify(Caller caller, String serialNumber, String tokenCode, Instant at);
}
