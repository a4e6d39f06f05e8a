package dev.idcenter.command.sts;

import dev.idcenter.command.api.Caller;
import dev.idcenter.command.authorization.AccessDenied;
import dev.idcenter.protocol.AwsErrorException;

/** STS's refusals, with AWS's codes, statuses and messages (STS-7). */
final class StsErrors {

    private StsErrors() {
    }

    static AwsErrorException validation(String message) {
        return new AwsErrorException("ValidationError", 400, message);
    }

    /** The same answer for a missing role as for an untrusted caller: no existence oracle (STS-2). */
    static AwsErrorException notAuthorizedToAssume(Caller caller, String roleArn) {
        // The authorizer's words for an untrusted caller, from the same place: the two must never differ.
        return new AwsErrorException("AccessDenied", 403, AccessDenied.notAuthorized(caller.arn(), "sts:AssumeRole",
                roleArn));
    }

    static AwsErrorException invalidMfa() {
        return new AwsErrorException("AccessDenied", 403,
                "MultiFactorAuthentication failed with invalid MFA one time pass code.");
    }

    static AwsErrorException malformedPolicy(String message) {
        return new AwsErrorException("MalformedPolicyDocument", 400, message);
    }
}
