package dev.idcenter.command.authorization;

import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.protocol.OperationCall;
import dev.idcenter.protocol.Protocol;

/** AWS's AccessDenied answers and their wording. */
public final class AccessDenied {

    private AccessDenied() {
    }

    /** For the query protocols (IAM, STS); {@link #in} adapts it to the called service. */
    static AwsErrorException plain(String message) {
        return new AwsErrorException("AccessDenied", 403, message);
    }

    /** The error as the called service names it: {@code AccessDenied} (403) or its JSON services' exception shape. */
    static AwsErrorException in(OperationCall operation, String message) {
        if (operation.service().protocol() == Protocol.QUERY) {
            return plain(message);
        }
        if (operation.service().shape("AccessDeniedException").isPresent()) {
            return operation.service().modeledError("AccessDeniedException", message);
        }
        return new AwsErrorException("AccessDeniedException", 400, message);
    }

    /** AWS's sentence: "User: ARN is not authorized to perform: ACTION on resource: RESOURCE". */
    public static String notAuthorized(String principalArn, String action, String resource) {
        return "User: " + principalArn + " is not authorized to perform: " + action + " on resource: " + resource;
    }

    /** A refusal that no policy decides: "User: ARN is not authorized to perform: ACTION because WHY". */
    static String notAuthorizedBecause(String principalArn, String action, String why) {
        return "User: " + principalArn + " is not authorized to perform: " + action + " because " + why;
    }

    /** "... because no identity-based policy allows the iam:CreateRole action". */
    static String implicit(String principalArn, String action, String resource, PolicyType notAllowedBy) {
        return notAuthorized(principalArn, action, resource) + " because no " + describe(notAllowedBy)
                + " allows the " + action + " action";
    }

    /** "... with an explicit deny in an identity-based policy". */
    static String explicit(String principalArn, String action, String resource, PolicyType deniedBy) {
        String what = describe(deniedBy);
        return notAuthorized(principalArn, action, resource) + " with an explicit deny in "
                + ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }

    static String describe(PolicyType type) {
        if (type == null) {
            return "identity-based policy";
        }
        return switch (type) {
            case IDENTITY -> "identity-based policy";
            case PERMISSIONS_BOUNDARY -> "permissions boundary";
            case SESSION -> "session policy";
            case SCP -> "service control policy";
            case RCP -> "resource control policy";
            case RESOURCE, TRUST -> "resource-based policy";
        };
    }
}
