package dev.idcenter.command.organizations;

import dev.idcenter.command.organizations.OrganizationPolicies.OrgPolicy;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.AccountMoved;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.PolicyAttached;
import dev.idcenter.events.organizations.PolicyCreated;
import dev.idcenter.events.organizations.PolicyTypeDisabled;
import dev.idcenter.events.organizations.PolicyTypeEnabled;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The SCP and RCP chains of each account, as the in-memory organization policies mirror them (EVAL-3). */
class AccountChainsTest {

    private static final String ORG = "o-exampleorg";
    private static final String MGMT = "111122223333";
    private static final String MEMBER = "444455556666";
    private static final String ROOT = "r-ab12";
    private static final String WORKLOADS = "ou-ab12-aaaaaaaa";
    private static final String PROD = "ou-ab12-bbbbbbbb";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String DENY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";
    private static final OrgPolicy FULL = new OrgPolicy(Policies.FULL_AWS_ACCESS_ID, Policies.FULL_AWS_ACCESS_CONTENT);
    private static final OrgPolicy RCP_FULL = new OrgPolicy(Policies.RCP_FULL_AWS_ACCESS_ID,
            Policies.RCP_FULL_AWS_ACCESS_CONTENT);

    private static Map<String, AccountChains> replay(Object... events) {
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Organization.class);
        Organization organization = new Organization();
        for (int i = 0; i < events.length; i++) {
            model.publish(new GenericDomainEventMessage<>("Organization", ORG, i, events[i]), organization);
        }
        return organization.accountChains();
    }

    private static final Object[] TREE = {
            new OrganizationCreated(ORG, MGMT, ROOT, "ALL", AT),
            new AccountCreationRequested(ORG, "car-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", MEMBER, "dev", "dev@example.com",
                    "OrganizationAccountAccessRole", AT),
            new AccountCreationSucceeded(ORG, "car-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", MEMBER, "dev", "dev@example.com",
                    ROOT, AT),
            new OrganizationalUnitCreated(ORG, WORKLOADS, ROOT, "Workloads", AT),
            new OrganizationalUnitCreated(ORG, PROD, WORKLOADS, "Prod", AT),
            new AccountMoved(ORG, MEMBER, ROOT, PROD),
            new PolicyCreated(ORG, "p-denys3aa", "NoS3", "d", Policies.SERVICE_CONTROL_POLICY, DENY, AT),
            new PolicyAttached(ORG, "p-denys3aa", WORKLOADS)};

    @Test
    void givenMemberInNestedOu_whenChains_thenRootOusAndAccountLevelsInOrder() {
        AccountChains member = replay(TREE).get(MEMBER);

        assertThat(member.organizationId()).isEqualTo(ORG);
        assertThat(member.serviceControlLevels()).containsExactly(
                List.of(FULL), List.of(FULL, new OrgPolicy("p-denys3aa", DENY)), List.of(FULL), List.of(FULL));
        assertThat(member.resourceControlLevels()).as("RCPs are not enabled at creation").isEmpty();
    }

    @Test
    void givenManagementAccount_whenChains_thenInTheOrganizationWithoutAnyLevel() {
        // EVAL-3: SCPs (and RCPs) never apply to the management account.
        AccountChains management = replay(TREE).get(MGMT);

        assertThat(management.organizationId()).isEqualTo(ORG);
        assertThat(management.serviceControlLevels()).isEmpty();
        assertThat(management.resourceControlLevels()).isEmpty();
    }

    @Test
    void givenRcpEnabledAndScpDisabled_whenChains_thenRcpLevelsOnlyWithRcpFullAwsAccess() {
        Object[] events = java.util.stream.Stream.concat(java.util.Arrays.stream(TREE), java.util.stream.Stream.of(
                new PolicyTypeEnabled(ORG, ROOT, Policies.RESOURCE_CONTROL_POLICY),
                new PolicyTypeDisabled(ORG, ROOT, Policies.SERVICE_CONTROL_POLICY))).toArray();

        AccountChains member = replay(events).get(MEMBER);

        assertThat(member.serviceControlLevels()).isEmpty();
        assertThat(member.resourceControlLevels()).containsExactly(
                List.of(RCP_FULL), List.of(RCP_FULL), List.of(RCP_FULL), List.of(RCP_FULL));
    }
}
