package dev.idcenter.command.organizations;

import java.util.List;
import java.util.Optional;

/**
 * The organization policies that apply to an account, for policy-engine: read on every call, so answered from
 * memory and current as of the last committed Organizations change.
 */
public interface OrganizationPolicies {

    /** One attached policy: its id ({@code p-...}) and its document. */
    record OrgPolicy(String policyId, String document) {
    }

    /**
     * The SCPs of each level from the root through the OUs to the account itself (EVAL-3), each level non-empty;
     * empty when SCPs do not apply: the account is the management account, is in no organization, or the
     * SERVICE_CONTROL_POLICY type is not enabled.
     */
    List<List<OrgPolicy>> serviceControlLevels(String accountId);

    /** Likewise for RCPs on the resource side; empty when none apply. */
    List<List<OrgPolicy>> resourceControlLevels(String accountId);

    /** The id ({@code o-...}) of the organization the account belongs to, for {@code aws:PrincipalOrgID}. */
    Optional<String> organizationId(String accountId);

    /** Whether the account was closed (CloseAccount): none of its principals may call any more. */
    default boolean closed(String accountId) {
        return false;
    }
}
