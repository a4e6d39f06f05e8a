package dev.idcenter.command.sts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.idcenter.command.api.ApiCall;
import dev.idcenter.command.api.Caller;
import dev.idcenter.command.api.OperationHandler;
import dev.idcenter.command.api.SessionContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code sts:GetFederationToken} (STS-6): a federated user {@code arn:aws:sts::ACCOUNT:federated-user/NAME} whose
 * permissions are the calling user's intersected with the passed session policies (enforced by the authorizer).
 */
@Component
public class GetFederationTokenHandler implements OperationHandler {

    private final SessionPolicies policies;
    private final SessionIssuer issuer;

    public GetFederationTokenHandler(SessionPolicies policies, SessionIssuer issuer) {
        this.policies = policies;
        this.issuer = issuer;
    }

    @Override
    public String action() {
        return "sts:GetFederationToken";
    }

    @Override
    public JsonNode handle(ApiCall call, ObjectNode input) {
        Caller caller = GetSessionTokenHandler.requireLongTerm(call, "GetFederationToken");
        String name = input.get("Name").asText();
        int duration = GetSessionTokenHandler.duration(input, caller);
        String policy = SessionPolicies.inlinePolicy(input);
        List<String> policyArns = policies.policyArns(input, caller.accountId());
        SessionTags tags = SessionTags.of(input, null);
        boolean packs = policy != null || !policyArns.isEmpty() || !tags.passed().isEmpty();
        int packedSize = SessionPolicies.packedSize(policy, policyArns, tags.passed());

        SessionIssuer.Principal principal = new SessionIssuer.Principal("FederatedUser",
                caller.accountId() + ":" + name, "arn:aws:sts::" + caller.accountId() + ":federated-user/" + name,
                caller.accountId());
        SessionIssuer.Issued issued = issuer.issue(call, new SessionIssuer.Request(SessionContext.Kind.FEDERATED_USER,
                principal, caller.type(), caller.principalId(), caller.arn(), caller.accountId(), name, duration,
                false, null, policy, policyArns, tags));

        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.set("Credentials", issued.credentials());
        output.putObject("FederatedUser")
                .put("FederatedUserId", principal.principalId())
                .put("Arn", principal.arn());
        if (packs) {
            output.put("PackedPolicySize", packedSize);
        }
        return output;
    }
}
