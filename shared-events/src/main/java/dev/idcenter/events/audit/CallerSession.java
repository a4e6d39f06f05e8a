package dev.idcenter.events.audit;

/**
 * CloudTrail's {@code userIdentity.sessionContext}: the session temporary credentials belong to.
 *
 * @param sessionIssuer  who issued the session (the role for AssumeRole)
 * @param attributes     when the session was made and whether with MFA
 * @param sourceIdentity SourceIdentity set on the session (fixed along a role chain), or null
 */
public record CallerSession(SessionIssuer sessionIssuer, SessionAttributes attributes, String sourceIdentity) {
}
