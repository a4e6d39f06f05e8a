package dev.idcenter.command.iam.policy;

import dev.idcenter.command.api.ApiCall;
import dev.idcenter.protocol.AwsErrorException;
import org.springframework.stereotype.Component;

/** A permissions boundary is a managed policy that exists and can be attached here: AWS's or the account's own. */
@Component
public class PermissionsBoundaries {

    private final PolicySupport policies;

    public PermissionsBoundaries(PolicySupport policies) {
        this.policies = policies;
    }

    /** The boundary's ARN, or null for none; refuses a malformed ARN or a policy that is not there. */
    public String require(ApiCall call, String arn) {
        if (arn == null) {
            return null;
        }
        if (!arn.matches("arn:aws:iam::(aws|\\d{12}):policy/.+")) {
            throw new AwsErrorException("InvalidInput", 400, "ARN " + arn + " is not valid.");
        }
        return policies.attachable(call, arn);
    }
}
