package dev.idcenter.command.authorization;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.protocol.OperationCall;

import java.util.Set;

/**
 * What some temporary credentials can never do, whatever their policies say (STS-6): GetSessionToken's may call
 * STS only for AssumeRole and GetCallerIdentity, and IAM only when MFA was presented; a federated user's may call
 * no IAM operation and, of STS, only GetCallerIdentity.
 */
final class SessionLimits {

    private static final Set<String> SESSION_TOKEN_STS = Set.of("AssumeRole", "GetCallerIdentity");
    /** Refused to every session by the operations themselves, with AWS's own words. */
    private static final Set<String> LONG_TERM_ONLY = Set.of("GetSessionToken", "GetFederationToken");

    private SessionLimits() {
    }

    static void check(Caller caller, OperationCall operation) {
        SessionContext session = caller.session();
        if (session == null || session.kind() == SessionContext.Kind.ASSUMED_ROLE) {
            return;
        }
        String service = operation.service().actionPrefix();
        String name = operation.operation().name();
        String action = operation.actionName();
        if (refusedByTheOperation(operation)) {
            return;
        }
        if (session.kind() == SessionContext.Kind.SESSION_TOKEN) {
            if ("sts".equals(service) && !SESSION_TOKEN_STS.contains(name)) {
                throw AccessDenied.in(operation, denied(caller, action,
                        "credentials from GetSessionToken may call only AssumeRole and GetCallerIdentity of STS"));
            }
            if ("iam".equals(service) && !session.mfaAuthenticated()) {
                throw AccessDenied.in(operation, denied(caller, action,
                        "credentials from GetSessionToken may call IAM only when they were issued with MFA"));
            }
        }
        if (session.kind() == SessionContext.Kind.FEDERATED_USER) {
            if ("iam".equals(service) || ("sts".equals(service) && !"GetCallerIdentity".equals(name))) {
                throw AccessDenied.in(operation, denied(caller, action,
                        "a federated user may not call " + ("iam".equals(service) ? "IAM" : "this STS operation")));
            }
        }
    }

    /** GetSessionToken and GetFederationToken refuse every session themselves, in AWS's words. */
    static boolean refusedByTheOperation(OperationCall operation) {
        return "sts".equals(operation.service().actionPrefix()) && LONG_TERM_ONLY.contains(operation.operation().name());
    }

    private static String denied(Caller caller, String action, String why) {
        return AccessDenied.notAuthorizedBecause(caller.arn(), action, why);
    }
}
