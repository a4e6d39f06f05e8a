package dev.idcenter.events.iam.mfa;

import org.axonframework.serialization.Revision;

/** A valid code of time step {@code step} authenticated the user; it and every earlier step are spent. */
@Revision("1")
public record MfaCodeUsed(String accountId, String deviceId, String userId, long step) {
}
