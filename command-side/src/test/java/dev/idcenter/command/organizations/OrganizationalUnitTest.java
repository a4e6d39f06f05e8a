package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.AccountMoved;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.events.organizations.OrganizationalUnitCreated;
import dev.idcenter.events.organizations.OrganizationalUnitDeleted;
import dev.idcenter.events.organizations.OrganizationalUnitRenamed;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;


/** Organizational units and account moves in the organization's tree. */
class OrganizationalUnitTest {

    private static final String ORG = "o-exampleorg";
    private static final String MGMT = "111122223333";
    private static final String MEMBER = "444455556666";
    private static final String ROOT = "r-ab12";
    private static final String OU = "ou-ab12-aaaaaaaa";
    private static final String OTHER_OU = "ou-ab12-bbbbbbbb";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final OrganizationCreated CREATED = new OrganizationCreated(ORG, MGMT, ROOT, "ALL", AT);
    private static final AccountCreationRequested REQUESTED = new AccountCreationRequested(ORG,
            "car-exampleexampleexample123456", MEMBER, "dev", "dev@example.com", "OrganizationAccountAccessRole", AT);
    private static final AccountCreationSucceeded JOINED = new AccountCreationSucceeded(ORG,
            "car-exampleexampleexample123456", MEMBER, "dev", "dev@example.com", ROOT, AT);
    private static final OrganizationalUnitCreated OU_CREATED = new OrganizationalUnitCreated(ORG, OU, ROOT, "Workloads", AT);

    private static AggregateTestFixture<Organization> fixture() {
        return new AggregateTestFixture<>(Organization.class);
    }

    private static void expectError(AggregateTestFixture<Organization> fixture, Object[] given, Object command, String code) {
        fixture.given(given).when(command)
                .expectException(Matchers.<Throwable>predicate(e -> e instanceof AwsErrorException aws && aws.code().equals(code)))
                .expectNoEvents();
    }

    @Test
    void givenOrganization_whenCreateOuUnderRoot_thenCreated() {
        fixture().given(CREATED).when(new CreateOrganizationalUnit(ORG, OU, ROOT, "Workloads", AT)).expectEvents(OU_CREATED);
    }

    @Test
    void givenOu_whenCreateOuUnderIt_thenCreated() {
        fixture().given(CREATED, OU_CREATED).when(new CreateOrganizationalUnit(ORG, OTHER_OU, OU, "Prod", AT))
                .expectEvents(new OrganizationalUnitCreated(ORG, OTHER_OU, OU, "Prod", AT));
    }

    @Test
    void givenOrganization_whenParentUnknown_thenParentNotFound() {
        expectError(fixture(), new Object[]{CREATED}, new CreateOrganizationalUnit(ORG, OU, "r-zzzz", "Workloads", AT),
                "ParentNotFoundException");
    }

    @Test
    void givenOu_whenSameNameUnderSameParent_thenDuplicateOrganizationalUnit() {
        expectError(fixture(), new Object[]{CREATED, OU_CREATED},
                new CreateOrganizationalUnit(ORG, OTHER_OU, ROOT, "Workloads", AT), "DuplicateOrganizationalUnitException");
    }

    @Test
    void givenFiveLevels_whenSixth_thenConstraintViolation() {
        Object[] given = {CREATED,
                new OrganizationalUnitCreated(ORG, "ou-ab12-level001", ROOT, "1", AT),
                new OrganizationalUnitCreated(ORG, "ou-ab12-level002", "ou-ab12-level001", "2", AT),
                new OrganizationalUnitCreated(ORG, "ou-ab12-level003", "ou-ab12-level002", "3", AT),
                new OrganizationalUnitCreated(ORG, "ou-ab12-level004", "ou-ab12-level003", "4", AT),
                new OrganizationalUnitCreated(ORG, "ou-ab12-level005", "ou-ab12-level004", "5", AT)};
        expectError(fixture(), given, new CreateOrganizationalUnit(ORG, "ou-ab12-level006", "ou-ab12-level005", "6", AT),
                "ConstraintViolationException");
    }

    @Test
    void givenOu_whenRenamed_thenRenamed() {
        fixture().given(CREATED, OU_CREATED).when(new RenameOrganizationalUnit(ORG, OU, "Production"))
                .expectEvents(new OrganizationalUnitRenamed(ORG, OU, "Production"));
    }

    @Test
    void givenSiblings_whenRenamedToSiblingsName_thenDuplicateOrganizationalUnit() {
        expectError(fixture(), new Object[]{CREATED, OU_CREATED, new OrganizationalUnitCreated(ORG, OTHER_OU, ROOT, "Sandbox", AT)},
                new RenameOrganizationalUnit(ORG, OTHER_OU, "Workloads"), "DuplicateOrganizationalUnitException");
    }

    @Test
    void givenOrganization_whenUnknownOuRenamedOrDeleted_thenOrganizationalUnitNotFound() {
        expectError(fixture(), new Object[]{CREATED}, new RenameOrganizationalUnit(ORG, OU, "x"), "OrganizationalUnitNotFoundException");
        expectError(fixture(), new Object[]{CREATED}, new DeleteOrganizationalUnit(ORG, OU), "OrganizationalUnitNotFoundException");
    }

    @Test
    void givenEmptyOu_whenDeleted_thenDeleted() {
        fixture().given(CREATED, OU_CREATED).when(new DeleteOrganizationalUnit(ORG, OU))
                .expectEvents(new OrganizationalUnitDeleted(ORG, OU, ROOT));
    }

    @Test
    void givenOuWithAccountOrChildOu_whenDeleted_thenOrganizationalUnitNotEmpty() {
        expectError(fixture(), new Object[]{CREATED, REQUESTED, JOINED, OU_CREATED, new AccountMoved(ORG, MEMBER, ROOT, OU)},
                new DeleteOrganizationalUnit(ORG, OU), "OrganizationalUnitNotEmptyException");
        expectError(fixture(), new Object[]{CREATED, OU_CREATED, new OrganizationalUnitCreated(ORG, OTHER_OU, OU, "Child", AT)},
                new DeleteOrganizationalUnit(ORG, OU), "OrganizationalUnitNotEmptyException");
    }

    @Test
    void givenAccountUnderRoot_whenMovedToOu_thenMoved() {
        fixture().given(CREATED, REQUESTED, JOINED, OU_CREATED).when(new MoveAccount(ORG, MEMBER, ROOT, OU))
                .expectEvents(new AccountMoved(ORG, MEMBER, ROOT, OU));
    }

    @Test
    void givenManagementAccount_whenMovedToOu_thenMoved() {
        fixture().given(CREATED, OU_CREATED).when(new MoveAccount(ORG, MGMT, ROOT, OU))
                .expectEvents(new AccountMoved(ORG, MGMT, ROOT, OU));
    }

    @Test
    void givenMoveErrors_whenMoved_thenAwsErrors() {
        Object[] given = {CREATED, REQUESTED, JOINED, OU_CREATED};
        expectError(fixture(), given, new MoveAccount(ORG, "999999999999", ROOT, OU), "AccountNotFoundException");
        expectError(fixture(), given, new MoveAccount(ORG, MEMBER, "ou-ab12-zzzzzzzz", OU), "SourceParentNotFoundException");
        expectError(fixture(), given, new MoveAccount(ORG, MEMBER, ROOT, "ou-ab12-zzzzzzzz"), "DestinationParentNotFoundException");
        expectError(fixture(), given, new MoveAccount(ORG, MEMBER, OU, ROOT), "AccountNotFoundException");
        expectError(fixture(), given, new MoveAccount(ORG, MEMBER, ROOT, ROOT), "DuplicateAccountException");
    }

    @Test
    void givenPendingAccount_whenMoved_thenAccountNotFound() {
        expectError(fixture(), new Object[]{CREATED, REQUESTED, OU_CREATED}, new MoveAccount(ORG, MEMBER, ROOT, OU),
                "AccountNotFoundException");
    }
}
