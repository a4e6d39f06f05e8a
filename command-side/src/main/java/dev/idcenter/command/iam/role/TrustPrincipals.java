package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds the user and role ARNs a trust policy names to the unique ids those principals have now (IAM-3), in any
 * account of this identity center. A principal that does not exist makes the policy invalid, as in AWS.
 */
@Component
public class TrustPrincipals {

    private final IamNames names;

    public TrustPrincipals(IamNames names) {
        this.names = names;
    }

    /** ARN → unique id; empty for a document that does not parse (the aggregate answers that one). */
    public Map<String, String> bind(String trustPolicyDocument) {
        Map<String, String> bound = new LinkedHashMap<>();
        try {
            for (String arn : PolicyParser.parse(trustPolicyDocument, PolicyType.TRUST).principalArns()) {
                bound.put(arn, uniqueIdOf(arn));
            }
        } catch (MalformedPolicyException notParsed) {
            return Map.of();
        }
        return bound;
    }

    private String uniqueIdOf(String arn) {
        String[] parts = arn.split(":", 6); // arn:aws:iam::ACCOUNT:user/path/name
        String resource = parts.length == 6 ? parts[5] : "";
        String type = resource.startsWith("user/") ? IamNamesProjection.USER
                : resource.startsWith("role/") ? IamNamesProjection.ROLE : null;
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return type == null ? null : names.idOf(parts[4], type, name)
                .orElseThrow(() -> new AwsErrorException("MalformedPolicyDocument", 400,
                        "Invalid principal in policy: \"AWS\":\"" + arn + "\""));
    }
}
