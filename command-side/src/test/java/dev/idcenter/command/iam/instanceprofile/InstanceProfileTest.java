package dev.idcenter.command.iam.instanceprofile;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileCreated;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileDeleted;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileTagged;
import dev.idcenter.events.iam.instanceprofile.InstanceProfileUntagged;
import dev.idcenter.events.iam.instanceprofile.RoleAddedToInstanceProfile;
import dev.idcenter.events.iam.instanceprofile.RoleRemovedFromInstanceProfile;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

class InstanceProfileTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "AIPAEXAMPLEPROFILE123";
    private static final String ROLE = "AROAEXAMPLEROLEID1234";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final InstanceProfileCreated CREATED = new InstanceProfileCreated(ACCOUNT, ID, "web", "/", List.of(), AT);
    private static final RoleAddedToInstanceProfile ROLE_ADDED = new RoleAddedToInstanceProfile(ACCOUNT, ID, ROLE, "web-role");

    private static AggregateTestFixture<InstanceProfile> fixture() {
        return new AggregateTestFixture<>(InstanceProfile.class);
    }

    @Test
    void givenNothing_whenCreated_thenCreated() {
        fixture().givenNoPriorActivity()
                .when(new CreateInstanceProfile(ID, ACCOUNT, "web", "/", List.of(), AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenTagKeysRepeatIgnoringCase_thenInvalidInput() {
        fixture().givenNoPriorActivity()
                .when(new CreateInstanceProfile(ID, ACCOUNT, "web", "/", List.of(new Tag("a", "1"), new Tag("A", "2")), AT))
                .expectException(awsError("InvalidInput", 400))
                .expectNoEvents();
    }

    @Test
    void givenEmptyProfile_whenRoleAdded_thenAdded() {
        fixture().given(CREATED)
                .when(new AddRoleToInstanceProfile(ID, ROLE, "web-role"))
                .expectEvents(ROLE_ADDED);
    }

    @Test
    void givenProfileWithThatRole_whenAddedAgain_thenEntityAlreadyExists() {
        fixture().given(CREATED, ROLE_ADDED)
                .when(new AddRoleToInstanceProfile(ID, ROLE, "web-role"))
                .expectException(awsError("EntityAlreadyExists", 409))
                .expectNoEvents();
    }

    @Test
    void givenProfileWithARole_whenAnotherRoleAdded_thenLimitExceeded() {
        // IAM-6: an instance profile holds one role.
        fixture().given(CREATED, ROLE_ADDED)
                .when(new AddRoleToInstanceProfile(ID, "AROAOTHERROLEID123456", "other"))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
    }

    @Test
    void givenRoleNotInProfile_whenRemoved_thenNoSuchEntity() {
        fixture().given(CREATED)
                .when(new RemoveRoleFromInstanceProfile(ID, ROLE, "web-role"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectNoEvents();
        fixture().given(CREATED, ROLE_ADDED)
                .when(new RemoveRoleFromInstanceProfile(ID, ROLE, "web-role"))
                .expectEvents(new RoleRemovedFromInstanceProfile(ACCOUNT, ID, ROLE));
    }

    @Test
    void givenProfileWithRole_whenDeleted_thenDeleteConflict() {
        fixture().given(CREATED, ROLE_ADDED)
                .when(new DeleteInstanceProfile(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectNoEvents();
        fixture().given(CREATED)
                .when(new DeleteInstanceProfile(ID))
                .expectEvents(new InstanceProfileDeleted(ACCOUNT, ID, "web"))
                .expectMarkedDeleted();
    }

    @Test
    void givenFiftyTags_whenANewKeyIsTagged_thenLimitExceededButUntagWorks() {
        List<Tag> fifty = IntStream.range(0, 50).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().given(CREATED, new InstanceProfileTagged(ACCOUNT, ID, fifty))
                .when(new TagInstanceProfile(ID, List.of(new Tag("new", "v"))))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
        fixture().given(CREATED, new InstanceProfileTagged(ACCOUNT, ID, fifty))
                .when(new UntagInstanceProfile(ID, List.of("K1")))
                .expectEvents(new InstanceProfileUntagged(ACCOUNT, ID, List.of("K1")));
    }

    private static org.hamcrest.Matcher<?> awsError(String code, int status) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code) && a.httpStatus() == status);
    }
}
