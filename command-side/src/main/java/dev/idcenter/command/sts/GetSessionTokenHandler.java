package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.mfa.MfaCodeVerifier;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code sts:GetSessionToken} (STS-6): temporary credentials of the calling user (or root) itself, optionally with MFA.
 * Only long-term credentials may ask. What those credentials may then call is the authorizer's concern.
 */
@Component
public class GetSessionTokenHandler implements OperationHandler {

    static final int DEFAULT_DURATION = 43200;
    /** The root user's sessions last at most one hour; a longer request gets one hour, as AWS does. */
    static final int ROOT_MAX_DURATION = 3600;
    private final SessionIssuer issuer;
    private final MfaCodeVerifier mfa;

    public GetSessionTokenHandler(SessionIssuer issuer, MfaCodeVerifier mfa) {
        this.issuer = issuer;
        this.mfa = mfa;
    }

    @Override
    public String action() {
        return "sts:GetSessionToken";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        Caller caller = requireLongTerm(call, "GetSessionToken");
        int duration = duration(input, caller);
        boolean mfaAuthenticated = AssumeRoleHandler.mfa(mfa, call, input);
        SessionIssuer.Issued issued = issuer.issue(call, new SessionIssuer.Request(SessionContext.Kind.SESSION_TOKEN,
                new SessionIssuer.Principal(caller.type(), caller.principalId(), caller.arn(), caller.accountId()),
                caller.type(), caller.principalId(), caller.arn(), caller.accountId(), null, duration,
                mfaAuthenticated, null, null, List.of(), SessionIssuer.noTags()));
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.set("Credentials", issued.credentials());
        return output;
    }

    static int duration(ObjectNode input, Caller caller) {
        int duration = input.hasNonNull("DurationSeconds") ? input.get("DurationSeconds").asInt() : DEFAULT_DURATION;
        return "Root".equals(caller.type()) ? Math.min(duration, ROOT_MAX_DURATION) : duration;
    }

    /** GetSessionToken and GetFederationToken take an IAM user's or the root's long-term credentials only. */
    static Caller requireLongTerm(ApiCall call, String operation) {
        Caller caller = call.caller();
        if (caller.temporary()) {
            throw new AwsErrorException("AccessDenied", 403, "Cannot call " + operation + " with session credentials");
        }
        if (!"IAMUser".equals(caller.type()) && !"Root".equals(caller.type())) {
            throw new AwsErrorException("AccessDenied", 403, "User: " + caller.arn()
                    + " is not authorized to perform: sts:" + operation);
        }
        return caller;
    }
}
