package dev.idcenter.command.organizations;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Placeholder until the Organizations directory answers: no organization policy applies anywhere. */
@Component
class NoOrganizationPolicies implements OrganizationPolicies {

    @Override
    public List<List<OrgPolicy>> serviceControlLevels(String accountId) {
        return List.of();
    }

    @Override
    public List<List<OrgPolicy>> resourceControlLevels(String accountId) {
        return List.of();
    }

    @Override
    public Optional<String> organizationId(String accountId) {
        return Optional.empty();
    }
}
