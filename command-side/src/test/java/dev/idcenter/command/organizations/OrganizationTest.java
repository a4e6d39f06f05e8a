package dev.idcenter.command.organizations;

import dev.idcenter.events.organizations.AccountCreationFailed;
import dev.idcenter.events.organizations.AccountCreationRequested;
import dev.idcenter.events.organizations.AccountCreationSucceeded;
import dev.idcenter.events.organizations.OrganizationCreated;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

class OrganizationTest {

    private static final String ORG = "o-exampleorg";
    private static final String MGMT = "111122223333";
    private static final String ROOT = "r-ab12";
    private static final String REQUEST = "car-exampleexampleexample123456";
    private static final String OTHER_REQUEST = "car-otherotherotherother12345678";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-01T12:00:05Z");
    private static final OrganizationCreated CREATED = new OrganizationCreated(ORG, MGMT, ROOT, "ALL", AT);
    private static final AccountCreationRequested REQUESTED = new AccountCreationRequested(ORG, REQUEST,
            "444455556666", "dev", "dev@example.com", "OrganizationAccountAccessRole", AT);

    private static AggregateTestFixture<Organization> fixture() {
        return new AggregateTestFixture<>(Organization.class);
    }

    @Test
    void givenNothing_whenCreateOrganization_thenCreatedWithItsRoot() {
        fixture().givenNoPriorActivity()
                .when(new CreateOrganization(ORG, MGMT, ROOT, "ALL", AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenConsolidatedBillingOnly_thenRejected() {
        fixture().givenNoPriorActivity()
                .when(new CreateOrganization(ORG, MGMT, ROOT, "CONSOLIDATED_BILLING", AT))
                .expectException(AwsErrorException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenOrganizationIdMalformed_thenRejected() {
        fixture().givenNoPriorActivity()
                .when(new CreateOrganization("o-SHORT", MGMT, ROOT, "ALL", AT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenOrganization_whenRequestAccountCreation_thenRequested() {
        fixture().given(CREATED)
                .when(new RequestAccountCreation(ORG, REQUEST, "444455556666", "dev", "dev@example.com",
                        "OrganizationAccountAccessRole", AT))
                .expectEvents(REQUESTED);
    }

    @Test
    void givenPendingRequest_whenSameEmailInOtherCase_thenFailedAtOnceWithEmailAlreadyExists() {
        fixture().given(CREATED, REQUESTED)
                .when(new RequestAccountCreation(ORG, OTHER_REQUEST, "777788889999", "dev2", "DEV@example.com",
                        "OrganizationAccountAccessRole", LATER))
                .expectEvents(new AccountCreationFailed(ORG, OTHER_REQUEST, "dev2", "EMAIL_ALREADY_EXISTS", LATER, LATER));
    }

    @Test
    void givenFailedRequest_whenSameEmailAgain_thenRequested() {
        fixture().given(CREATED, REQUESTED,
                        new AccountCreationFailed(ORG, REQUEST, "dev", "INTERNAL_FAILURE", AT, LATER))
                .when(new RequestAccountCreation(ORG, OTHER_REQUEST, "777788889999", "dev", "dev@example.com",
                        "OrganizationAccountAccessRole", LATER))
                .expectEvents(new AccountCreationRequested(ORG, OTHER_REQUEST, "777788889999", "dev",
                        "dev@example.com", "OrganizationAccountAccessRole", LATER));
    }

    @Test
    void givenExistingAccountId_whenRequested_thenRejected() {
        fixture().given(CREATED)
                .when(new RequestAccountCreation(ORG, REQUEST, MGMT, "dev", "dev@example.com",
                        "OrganizationAccountAccessRole", AT))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenPendingRequest_whenCompleted_thenAccountJoinsUnderTheRoot() {
        fixture().given(CREATED, REQUESTED)
                .when(new CompleteAccountCreation(ORG, REQUEST, LATER))
                .expectEvents(new AccountCreationSucceeded(ORG, REQUEST, "444455556666", "dev", "dev@example.com",
                        ROOT, LATER));
    }

    @Test
    void givenCompletedRequest_whenCompletedAgain_thenNothingChanges() {
        fixture().given(CREATED, REQUESTED, new AccountCreationSucceeded(ORG, REQUEST, "444455556666", "dev",
                        "dev@example.com", ROOT, LATER))
                .when(new CompleteAccountCreation(ORG, REQUEST, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenCompletedRequest_whenSameEmailAgain_thenEmailAlreadyExists() {
        fixture().given(CREATED, REQUESTED, new AccountCreationSucceeded(ORG, REQUEST, "444455556666", "dev",
                        "dev@example.com", ROOT, LATER))
                .when(new RequestAccountCreation(ORG, OTHER_REQUEST, "777788889999", "dev2", "dev@example.com",
                        "OrganizationAccountAccessRole", LATER))
                .expectEvents(new AccountCreationFailed(ORG, OTHER_REQUEST, "dev2", "EMAIL_ALREADY_EXISTS", LATER, LATER));
    }

    @Test
    void givenPendingRequest_whenFailed_thenFailedWithItsRequestTime() {
        fixture().given(CREATED, REQUESTED)
                .when(new FailAccountCreation(ORG, REQUEST, "INTERNAL_FAILURE", LATER))
                .expectEvents(new AccountCreationFailed(ORG, REQUEST, "dev", "INTERNAL_FAILURE", AT, LATER));
    }

    @Test
    void givenUnknownRequest_whenFailed_thenNothingChanges() {
        fixture().given(CREATED)
                .when(new FailAccountCreation(ORG, REQUEST, "INTERNAL_FAILURE", LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
