package dev.idcenter.policy.simulation;

import java.util.List;

/**
 * The inputs of {@code iam:SimulateCustomPolicy}, as plain values (pagination stays with the server handler).
 *
 * @param policyInputList                    identity policy documents (PolicyInputList), required
 * @param permissionsBoundaryPolicyInputList boundary documents, may be empty
 * @param resourcePolicy                     resource-based policy document, or null
 * @param resourceOwner                      account ARN ({@code arn:aws:iam::123456789012:root}) or id, or null
 * @param callerArn                          ARN of the IAM user simulated as caller, or null
 * @param contextEntries                     the only source of context keys and policy variables (IAM-8)
 * @param actionNames                        actions to simulate, required
 * @param resourceArns                       resources; empty means {@code *}
 */
public record SimulationRequest(List<String> policyInputList, List<String> permissionsBoundaryPolicyInputList,
                                String resourcePolicy, String resourceOwner, String callerArn,
                                List<ContextEntry> contextEntries, List<String> actionNames,
                                List<String> resourceArns) {

    public SimulationRequest {
        policyInputList = policyInputList == null ? List.of() : List.copyOf(policyInputList);
        permissionsBoundaryPolicyInputList = permissionsBoundaryPolicyInputList == null ? List.of()
                : List.copyOf(permissionsBoundaryPolicyInputList);
        contextEntries = contextEntries == null ? List.of() : List.copyOf(contextEntries);
        actionNames = actionNames == null ? List.of() : List.copyOf(actionNames);
        resourceArns = resourceArns == null ? List.of() : List.copyOf(resourceArns);
    }
}
