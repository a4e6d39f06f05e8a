package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.SessionContext;
import dev.idcenter.command.iam.IamWire;
import dev.idcenter.command.mfa.MfaCodeVerifier;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code sts:AssumeRole} (STS-1, STS-3, STS-4). Runs only for a caller the authorizer let through (trust, identity
 * policies, sts:TagSession, sts:SetSourceIdentity: STS-2); what is left here is the request's own rules and the
 * session. A role that vanished since authorization answers exactly as an untrusted caller would.
 */
@Component
public class AssumeRoleHandler implements OperationHandler {

    static final int DEFAULT_DURATION = 3600;
    static final int CHAINED_MAX_DURATION = 3600;
    private final AssumableRoles roles;
    private final SessionPolicies policies;
    private final SessionIssuer issuer;
    private final MfaCodeVerifier mfa;

    public AssumeRoleHandler(AssumableRoles roles, SessionPolicies policies, SessionIssuer issuer, MfaCodeVerifier mfa) {
        this.roles = roles;
        this.policies = policies;
        this.issuer = issuer;
        this.mfa = mfa;
    }

    @Override
    public String action() {
        return "sts:AssumeRole";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        Caller caller = call.caller();
        SessionContext parent = caller.session();
        String roleArn = input.get("RoleArn").asText();
        String sessionName = input.get("RoleSessionName").asText();
        if (!AssumableRoles.wellFormed(roleArn)) {
            throw StsErrors.validation(roleArn + " is invalid: RoleArn must be the ARN of an IAM role.");
        }
        boolean chained = parent != null && parent.kind() == SessionContext.Kind.ASSUMED_ROLE;
        int duration = input.hasNonNull("DurationSeconds") ? input.get("DurationSeconds").asInt() : DEFAULT_DURATION;
        if (chained && duration > CHAINED_MAX_DURATION) {
            // STS-3
            throw StsErrors.validation("The requested DurationSeconds exceeds the 1 hour session limit for roles "
                    + "assumed by role chaining.");
        }
        String sourceIdentity = sourceIdentity(input, parent);
        String policy = SessionPolicies.inlinePolicy(input);
        SessionTags tags = SessionTags.of(input, parent);

        AssumableRoles.AssumableRole role = roles.find(roleArn).orElseThrow(() -> StsErrors.notAuthorizedToAssume(caller, roleArn));
        if (duration > role.maxSessionDuration()) {
            throw StsErrors.validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        List<String> policyArns = policies.policyArns(input, role.accountId());
        boolean packs = policy != null || !policyArns.isEmpty() || !tags.passed().isEmpty();
        int packedSize = SessionPolicies.packedSize(policy, policyArns, tags.passed());
        // Last of the checks, so that a request refused for another reason does not use up the one-time code. MFA
        // presented to GetSessionToken counts for the roles its credentials assume; a role chain starts without.
        boolean mfaAuthenticated = mfa(mfa, call, input)
                || parent != null && parent.kind() == SessionContext.Kind.SESSION_TOKEN && parent.mfaAuthenticated();

        SessionIssuer.Principal principal = new SessionIssuer.Principal("AssumedRole",
                role.roleId() + ":" + sessionName,
                "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.roleName() + "/" + sessionName,
                role.accountId());
        SessionIssuer.Issued issued = issuer.issue(call, new SessionIssuer.Request(SessionContext.Kind.ASSUMED_ROLE,
                principal, "Role", role.roleId(), role.arn(), role.accountId(), sessionName, duration, mfaAuthenticated,
                sourceIdentity, policy, policyArns, tags));

        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.set("Credentials", issued.credentials());
        output.putObject("AssumedRoleUser")
                .put("AssumedRoleId", principal.principalId())
                .put("Arn", principal.arn());
        if (packs) {
            output.put("PackedPolicySize", packedSize);
        }
        if (sourceIdentity != null) {
            output.put("SourceIdentity", sourceIdentity);
        }
        return output;
    }

    /** SourceIdentity is set once for a whole chain: inherited as it is, never changed (STS-1, STS-3). */
    private static String sourceIdentity(ObjectNode input, SessionContext parent) {
        String requested = IamWire.text(input, "SourceIdentity");
        String inherited = parent == null ? null : parent.sourceIdentity();
        if (requested != null && requested.regionMatches(true, 0, "aws:", 0, 4)) {
            throw StsErrors.validation("SourceIdentity cannot start with aws:.");
        }
        if (inherited != null && requested != null && !inherited.equals(requested)) {
            throw StsErrors.validation("The SourceIdentity " + requested + " differs from the source identity "
                    + inherited + " of the calling session: a source identity cannot be changed once set.");
        }
        return inherited != null ? inherited : requested;
    }

    /** SerialNumber and TokenCode go together; a code the verifier refuses is AccessDenied. */
    static boolean mfa(MfaCodeVerifier mfa, ApiCall call, ObjectNode input) {
        String serialNumber = IamWire.text(input, "SerialNumber");
        String tokenCode = IamWire.text(input, "TokenCode");
        if (serialNumber == null && tokenCode == null) {
            return false;
        }
        if (serialNumber == null || tokenCode == null) {
            throw StsErrors.validation("SerialNumber and TokenCode must be passed together.");
        }
        if (!mfa.verify(call.caller(), serialNumber, tokenCode, call.receivedAt())) {
            throw StsErrors.invalidMfa();
        }
        return true;
    }
}
