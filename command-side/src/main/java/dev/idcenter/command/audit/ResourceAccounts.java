package dev.idcenter.command.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;

/**
 * The account a call acts on when it is not necessarily the caller's: the role's account for the STS calls that
 * assume a role (from {@code RoleArn}). CloudTrail records such a call in both accounts.
 */
final class ResourceAccounts {

    private static final Set<String> ASSUMING = Set.of("sts:AssumeRole", "sts:AssumeRoleWithSAML",
            "sts:AssumeRoleWithWebIdentity");

    private ResourceAccounts() {
    }

    static Optional<String> of(String action, JsonNode input) {
        if (!ASSUMING.contains(action) || input == null || !input.hasNonNull("RoleArn")) {
            return Optional.empty();
        }
        String[] parts = input.get("RoleArn").asText().split(":", 6);
        return parts.length == 6 && parts[4].matches("\\d{12}") ? Optional.of(parts[4]) : Optional.empty();
    }
}
