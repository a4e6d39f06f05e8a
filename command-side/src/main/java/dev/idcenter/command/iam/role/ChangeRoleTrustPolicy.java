package dev.idcenter.command.iam.role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/** Replace the role's trust policy; its user and role principals bound to their unique ids (IAM-3). */
public record ChangeRoleTrustPolicy(@TargetAggregateIdentifier String roleId, String assumeRolePolicyDocument,
                                    Map<String, String> trustPrincipalIds) {

    /** A trust policy that names no user or role ARN. */
    public ChangeRoleTrustPolicy(String roleId, String assumeRolePolicyDocument) {
        this(roleId, assumeRolePolicyDocument, Map.of());
    }
}
