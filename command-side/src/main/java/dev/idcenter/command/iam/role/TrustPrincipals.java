package dev.idcenter.command.iam.role;

import dev.idcenter.command.iam.EventStoreHead;
import dev.idcenter.command.iam.IamNames;
import dev.idcenter.command.iam.IamNamesProjection;
import dev.idcenter.policy.MalformedPolicyException;
import dev.idcenter.policy.model.PolicyType;
import dev.idcenter.policy.parse.PolicyParser;
import dev.idcenter.protocol.AwsErrorException;
import dev.idcenter.queries.iam.FindRole;
import dev.idcenter.queries.iam.FindUser;
import dev.idcenter.queries.iam.RoleView;
import dev.idcenter.queries.iam.UserView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the user and role ARNs a trust policy names to the unique ids those principals have now (IAM-3), in any
 * account of this identity center. A principal that does not exist makes the policy invalid, as in AWS.
 */
@Component
public class TrustPrincipals {

    private final IamNames names;
    private final QueryGateway queries;
    private final EventStoreHead head;

    public TrustPrincipals(IamNames names, QueryGateway queries, EventStoreHead head) {
        this.names = names;
        this.queries = queries;
        this.head = head;
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
        if (type == null) {
            return null;
        }
        String id = names.idOf(parts[4], type, name).orElseThrow(() -> invalid(arn));
        // The directory finds names ignoring case; the principal must be this very ARN, path and case included.
        if (!arn.equals(canonicalArn(parts[4], type, name))) {
            throw invalid(arn);
        }
        return id;
    }

    private String canonicalArn(String accountId, String type, String name) {
        long position = head.position();
        Optional<String> arn = IamNamesProjection.ROLE.equals(type)
                ? queries.query(new FindRole(accountId, name, position), ResponseTypes.optionalInstanceOf(RoleView.class))
                        .join().map(RoleView::arn)
                : queries.query(new FindUser(accountId, name, null, position), ResponseTypes.optionalInstanceOf(UserView.class))
                        .join().map(UserView::arn);
        return arn.orElse(null);
    }

    private static AwsErrorException invalid(String arn) {
        return new AwsErrorException("MalformedPolicyDocument", 400, "Invalid principal in policy: \"AWS\":\"" + arn + "\"");
    }
}
