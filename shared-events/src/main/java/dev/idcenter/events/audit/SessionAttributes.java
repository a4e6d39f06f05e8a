package dev.idcenter.events.audit;

import java.time.Instant;

/**
 * CloudTrail's {@code sessionContext.attributes}.
 *
 * @param creationDate     when the session's credentials were issued
 * @param mfaAuthenticated whether MFA was presented when the session was made
 */
public record SessionAttributes(Instant creationDate, boolean mfaAuthenticated) {
}
