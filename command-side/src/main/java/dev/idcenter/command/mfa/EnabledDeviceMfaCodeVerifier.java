package dev.idcenter.command.mfa;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.iam.mfa.MfaCodes;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A code counts only from a virtual MFA device enabled for the very IAM user behind the call: the user signing with
 * its own keys, or the user who obtained the session (GetSessionToken, GetFederationToken). Roles and root have no
 * IAM MFA devices here.
 */
@Component
class EnabledDeviceMfaCodeVerifier implements MfaCodeVerifier {

    private final MfaCodes codes;

    EnabledDeviceMfaCodeVerifier(MfaCodes codes) {
        this.codes = codes;
    }

    @Override
    public boolean verify(Caller caller, String serialNumber, String tokenCode, Instant at) {
        String userId = userBehind(caller);
        return userId != null && codes.use(caller.accountId(), userId, serialNumber, tokenCode, at);
    }

    /** The IAM user's unique id behind the caller, or null when there is none. */
    private static String userBehind(Caller caller) {
        SessionContext session = caller.session();
        if (session == null) {
            return "IAMUser".equals(caller.type()) ? caller.principalId() : null;
        }
        boolean userSession = session.kind() == SessionContext.Kind.SESSION_TOKEN
                || session.kind() == SessionContext.Kind.FEDERATED_USER;
        if (userSession && "IAMUser".equals(session.issuerType()) && caller.accountId().equals(session.issuerAccountId())) {
            return session.issuerPrincipalId();
        }
        return null;
    }
}
