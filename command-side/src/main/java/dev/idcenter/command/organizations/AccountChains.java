package dev.idcenter.command.organizations;

import dev.idcenter.command.organizations.OrganizationPolicies.OrgPolicy;

import java.util.List;

/**
 * What {@link OrganizationPolicies} answers for one account of an organization: its organization and the SCP and
 * RCP levels from the root through the OUs to the account (empty where they do not apply).
 */
record AccountChains(String organizationId, List<List<OrgPolicy>> serviceControlLevels,
                     List<List<OrgPolicy>> resourceControlLevels, boolean closed) {
}
