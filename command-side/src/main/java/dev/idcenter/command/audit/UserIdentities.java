package dev.idcenter.command.audit;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.events.audit.CallerIdentity;
import dev.idcenter.events.audit.CallerSession;
import dev.idcenter.events.audit.SessionAttributes;
import dev.idcenter.events.audit.SessionIssuer;

/** The caller in CloudTrail's {@code userIdentity} shape, session context included (AUDIT-1, AUDIT-2). */
final class UserIdentities {

    private UserIdentities() {
    }

    static CallerIdentity of(Caller caller) {
        String userName = "IAMUser".equals(caller.type()) ? friendlyName(caller.arn()) : null;
        return new CallerIdentity(caller.type(), caller.principalId(), caller.arn(), caller.accountId(),
                caller.accessKeyId(), userName, session(caller.session()));
    }

    /**
     * The caller as another account's record of a cross-account call shows it: CloudTrail's {@code AWSAccount}, with
     * the principal id and account only (the other account learns nothing of the caller's keys or session).
     */
    static CallerIdentity asSeenByAnotherAccount(CallerIdentity caller) {
        return new CallerIdentity("AWSAccount", caller.principalId(), null, caller.accountId(), null, null, null);
    }

    private static CallerSession session(SessionContext session) {
        if (session == null) {
            return null;
        }
        // GetSessionToken credentials act as their user or root: CloudTrail names no separate issuer for them.
        SessionIssuer issuer = session.kind() == SessionContext.Kind.SESSION_TOKEN ? null
                : new SessionIssuer(session.issuerType(), session.issuerPrincipalId(), session.issuerArn(),
                session.issuerAccountId(), "Root".equals(session.issuerType()) ? null : friendlyName(session.issuerArn()));
        return new CallerSession(issuer, new SessionAttributes(session.issuedAt(), session.mfaAuthenticated()),
                session.sourceIdentity());
    }

    /** The last path segment of a user or role ARN ({@code arn:aws:iam::1:role/ci/deployer} is {@code deployer}). */
    static String friendlyName(String arn) {
        if (arn == null) {
            return null;
        }
        int slash = arn.lastIndexOf('/');
        return slash < 0 ? null : arn.substring(slash + 1);
    }
}
