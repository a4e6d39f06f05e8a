package dev.idcenter.policy.simulation;

import dev.idcenter.policy.model.Position;

/**
 * A {@code MatchedStatements} member: which input policy and where in its text.
 *
 * @param sourcePolicyId   {@code PolicyInputList.N}, {@code PermissionsBoundaryPolicyInputList.N} or
 *                         {@code ResourcePolicy} (N is 1-based)
 * @param sourcePolicyType {@code IAM Policy} for input and boundary policies (what AWS answers for custom
 *                         policies), {@code resource} for the resource policy
 */
public record SimulatedStatement(String sourcePolicyId, String sourcePolicyType, Position startPosition,
                                 Position endPosition) {
}
