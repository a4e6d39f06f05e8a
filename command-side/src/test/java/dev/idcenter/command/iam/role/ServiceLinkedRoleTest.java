package dev.idcenter.command.iam.role;

import dev.idcenter.events.iam.role.RoleCreated;
import dev.idcenter.events.iam.role.RoleDeleted;
import dev.idcenter.events.iam.role.RoleDescriptionChanged;
import dev.idcenter.events.iam.role.ServiceLinkedRoleCreated;
import dev.idcenter.events.iam.role.ServiceLinkedRoleDeletionCompleted;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

/** IAM-6: a service-linked role belongs to its service; only the service's own operations change or delete it. */
class ServiceLinkedRoleTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "AROAEXAMPLEROLEID1234";
    private static final String SERVICE = "autoscaling.amazonaws.com";
    private static final String NAME = "AWSServiceRoleForAutoScaling";
    private static final String PATH = "/aws-service-role/autoscaling.amazonaws.com/";
    private static final String TRUST = ServiceLinkedRoleNames.trustPolicy(SERVICE);
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final RoleCreated CREATED = new RoleCreated(ACCOUNT, ID, NAME, PATH, TRUST, null, 3600, null, List.of(), AT);
    private static final ServiceLinkedRoleCreated LINKED = new ServiceLinkedRoleCreated(ACCOUNT, ID, SERVICE);
    private static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

    private static AggregateTestFixture<Role> fixture() {
        return new AggregateTestFixture<>(Role.class);
    }

    @Test
    void givenNothing_whenServiceLinkedRoleCreated_thenRoleCreatedAndLinked() {
        fixture().givenNoPriorActivity()
                .when(new CreateServiceLinkedRole(ID, ACCOUNT, NAME, PATH, TRUST, null, SERVICE, AT))
                .expectEvents(CREATED, LINKED);
    }

    @Test
    void givenServiceLinkedRole_whenTrustPoliciesBoundaryOrDeleteChanged_thenUnmodifiableEntity() {
        for (Object command : List.of(new ChangeRoleTrustPolicy(ID, TRUST), new PutRoleInlinePolicy(ID, "p", READ),
                new DeleteRoleInlinePolicy(ID, "p"), new SetRolePermissionsBoundary(ID, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                new RemoveRolePermissionsBoundary(ID), new ChangeRoleMaxSessionDuration(ID, 7200),
                new AttachRoleManagedPolicy(ID, "arn:aws:iam::aws:policy/ReadOnlyAccess"),
                new DetachRoleManagedPolicy(ID, "arn:aws:iam::aws:policy/ReadOnlyAccess"), new DeleteRole(ID))) {
            fixture().given(CREATED, LINKED)
                    .when(command)
                    .expectException(Matchers.predicate(e -> e instanceof AwsErrorException a
                            && a.code().equals("UnmodifiableEntity") && a.httpStatus() == 400))
                    .expectExceptionMessage("Cannot perform the operation on the protected role '" + NAME
                            + "' - this role is only modifiable by AWS")
                    .expectNoEvents();
        }
    }

    @Test
    void givenServiceLinkedRole_whenDescriptionChanged_thenAllowed() {
        fixture().given(CREATED, LINKED)
                .when(new ChangeRoleDescription(ID, "Used by Auto Scaling"))
                .expectEvents(new RoleDescriptionChanged(ACCOUNT, ID, "Used by Auto Scaling"));
    }

    @Test
    void givenServiceLinkedRole_whenDeletedAsTheService_thenTaskCompletedAndRoleDeleted() {
        fixture().given(CREATED, LINKED)
                .when(new DeleteServiceLinkedRole(ID, "task/1"))
                .expectEvents(new ServiceLinkedRoleDeletionCompleted(ACCOUNT, ID, "task/1"), new RoleDeleted(ACCOUNT, ID, NAME))
                .expectMarkedDeleted();
    }

    @Test
    void givenOrdinaryRole_whenDeletedAsServiceLinked_thenInvalidInput() {
        fixture().given(CREATED)
                .when(new DeleteServiceLinkedRole(ID, "task/1"))
                .expectException(Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals("InvalidInput")))
                .expectNoEvents();
    }
}
