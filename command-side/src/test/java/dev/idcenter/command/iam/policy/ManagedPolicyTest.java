package dev.idcenter.command.iam.policy;

import dev.idcenter.events.iam.Tag;
import dev.idcenter.events.iam.policy.DefaultPolicyVersionSet;
import dev.idcenter.events.iam.policy.ManagedPolicyCreated;
import dev.idcenter.events.iam.policy.ManagedPolicyDeleted;
import dev.idcenter.events.iam.policy.ManagedPolicyTagged;
import dev.idcenter.events.iam.policy.ManagedPolicyUntagged;
import dev.idcenter.events.iam.policy.PolicyVersionCreated;
import dev.idcenter.events.iam.policy.PolicyVersionDeleted;
import dev.idcenter.protocol.AwsErrorException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

class ManagedPolicyTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ID = "ANPAEXAMPLEPOLICYID12";
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T12:00:00Z");
    private static final String READ = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    private static final String WRITE = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}]}""";
    private static final ManagedPolicyCreated CREATED = new ManagedPolicyCreated(ACCOUNT, ID, "read", "/team/",
            "Reads", READ, List.of(new Tag("team", "platform")), AT);

    /** A fresh fixture per scenario: one that saw a rejected command cannot be given new events. */
    private static AggregateTestFixture<ManagedPolicy> fixture() {
        return new AggregateTestFixture<>(ManagedPolicy.class);
    }

    @Test
    void givenNothing_whenCreateWithValidDocument_thenCreatedWithV1() {
        fixture().givenNoPriorActivity()
                .when(new CreateManagedPolicy(ID, ACCOUNT, "read", "/team/", "Reads", READ,
                        List.of(new Tag("team", "platform")), AT))
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenDocumentIsNotJson_thenMalformedPolicyDocument() {
        fixture().givenNoPriorActivity()
                .when(new CreateManagedPolicy(ID, ACCOUNT, "read", "/", null, "{not json", List.of(), AT))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenDocumentHasPrincipal_thenMalformedPolicyDocument() {
        // Identity policies may not name a Principal (policy-engine's IDENTITY rules).
        String withPrincipal = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}""";
        fixture().givenNoPriorActivity()
                .when(new CreateManagedPolicy(ID, ACCOUNT, "read", "/", null, withPrincipal, List.of(), AT))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenDocumentOver6144CountedCharacters_thenLimitExceeded() {
        // IAM-5: managed policy 6144 characters, whitespace not counted.
        fixture().givenNoPriorActivity()
                .when(new CreateManagedPolicy(ID, ACCOUNT, "big", "/", null, bigDocument(), List.of(), AT))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenTagKeysRepeatIgnoringCase_thenInvalidInput() {
        fixture().givenNoPriorActivity()
                .when(new CreateManagedPolicy(ID, ACCOUNT, "read", "/", null, READ,
                        List.of(new Tag("Team", "a"), new Tag("team", "b")), AT))
                .expectException(awsError("InvalidInput", 400))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenMoreThan50Tags_thenLimitExceeded() {
        List<Tag> tags = IntStream.range(0, 51).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().givenNoPriorActivity()
                .when(new CreateManagedPolicy(ID, ACCOUNT, "read", "/", null, READ, tags, AT))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenVersionCreated_thenV2NotDefaultUnlessAsked() {
        fixture().given(CREATED)
                .when(new CreatePolicyVersion(ID, WRITE, false, LATER))
                .expectEvents(new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, false, LATER));
        fixture().given(CREATED)
                .when(new CreatePolicyVersion(ID, WRITE, true, LATER))
                .expectEvents(new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, true, LATER));
    }

    @Test
    void givenDeletedVersion_whenVersionCreated_thenIdsAreNeverReused() {
        // IAM-4: v1, v2, ... a deleted version's id does not come back.
        fixture().given(CREATED, new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, false, LATER),
                        new PolicyVersionDeleted(ACCOUNT, ID, "v2"))
                .when(new CreatePolicyVersion(ID, WRITE, false, LATER))
                .expectEvents(new PolicyVersionCreated(ACCOUNT, ID, "v3", WRITE, false, LATER));
    }

    @Test
    void givenFiveVersions_whenVersionCreated_thenLimitExceeded() {
        // IAM-4: at most 5 versions kept.
        fixture().given(fiveVersions())
                .when(new CreatePolicyVersion(ID, WRITE, false, LATER))
                .expectException(awsError("LimitExceeded", 409))
                .expectExceptionMessage("A managed policy can have up to 5 versions. Before you create a new version, "
                        + "you must delete an existing version.")
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenVersionDocumentMalformed_thenMalformedPolicyDocument() {
        fixture().given(CREATED)
                .when(new CreatePolicyVersion(ID, "[]", false, LATER))
                .expectException(awsError("MalformedPolicyDocument", 400))
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenVersionDocumentTooBig_thenLimitExceeded() {
        fixture().given(CREATED)
                .when(new CreatePolicyVersion(ID, bigDocument(), false, LATER))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
    }

    @Test
    void givenNonDefaultVersion_whenDeleted_thenVersionDeleted() {
        fixture().given(CREATED, new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, false, LATER))
                .when(new DeletePolicyVersion(ID, "v2"))
                .expectEvents(new PolicyVersionDeleted(ACCOUNT, ID, "v2"));
    }

    @Test
    void givenPolicy_whenDefaultVersionDeleted_thenDeleteConflict() {
        // IAM-4: the default version goes only with the policy.
        fixture().given(CREATED, new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, true, LATER))
                .when(new DeletePolicyVersion(ID, "v2"))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("Cannot delete the default version of a policy.")
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenUnknownVersionDeleted_thenNoSuchEntity() {
        fixture().given(CREATED)
                .when(new DeletePolicyVersion(ID, "v7"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectNoEvents();
    }

    @Test
    void givenTwoVersions_whenOtherSetAsDefault_thenDefaultSet() {
        fixture().given(CREATED, new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, false, LATER))
                .when(new SetDefaultPolicyVersion(ID, "v2"))
                .expectEvents(new DefaultPolicyVersionSet(ACCOUNT, ID, "v2"));
    }

    @Test
    void givenPolicy_whenDefaultSetToCurrentDefault_thenNothingHappens() {
        fixture().given(CREATED)
                .when(new SetDefaultPolicyVersion(ID, "v1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenUnknownVersionSetAsDefault_thenNoSuchEntity() {
        fixture().given(CREATED)
                .when(new SetDefaultPolicyVersion(ID, "v2"))
                .expectException(awsError("NoSuchEntity", 404))
                .expectNoEvents();
    }

    @Test
    void givenSingleVersion_whenDeleted_thenPolicyDeleted() {
        fixture().given(CREATED, new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, true, LATER),
                        new PolicyVersionDeleted(ACCOUNT, ID, "v1"))
                .when(new DeleteManagedPolicy(ID))
                .expectEvents(new ManagedPolicyDeleted(ACCOUNT, ID, "read"))
                .expectMarkedDeleted();
    }

    @Test
    void givenNonDefaultVersions_whenPolicyDeleted_thenDeleteConflict() {
        // IAM-4: the non-default versions must go first.
        fixture().given(CREATED, new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, false, LATER))
                .when(new DeleteManagedPolicy(ID))
                .expectException(awsError("DeleteConflict", 409))
                .expectExceptionMessage("This policy has more than one version. Before you delete a policy, you must "
                        + "delete the policy's versions. The default version is deleted with the policy.")
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenTaggedAndUntagged_thenEvents() {
        fixture().given(CREATED)
                .when(new TagManagedPolicy(ID, List.of(new Tag("env", "prod"))))
                .expectEvents(new ManagedPolicyTagged(ACCOUNT, ID, List.of(new Tag("env", "prod"))));
        fixture().given(CREATED)
                .when(new UntagManagedPolicy(ID, List.of("TEAM")))
                .expectEvents(new ManagedPolicyUntagged(ACCOUNT, ID, List.of("TEAM")));
    }

    @Test
    void givenFiftyTags_whenOneMoreTagged_thenLimitExceeded() {
        List<Tag> tags = IntStream.range(0, 50).mapToObj(i -> new Tag("k" + i, "v")).toList();
        fixture().given(new ManagedPolicyCreated(ACCOUNT, ID, "read", "/", null, READ, tags, AT))
                .when(new TagManagedPolicy(ID, List.of(new Tag("one-more", "v"), new Tag("K0", "replaced"))))
                .expectException(awsError("LimitExceeded", 409))
                .expectNoEvents();
    }

    @Test
    void givenPolicy_whenTagKeysRepeatIgnoringCase_thenInvalidInput() {
        fixture().given(CREATED)
                .when(new TagManagedPolicy(ID, List.of(new Tag("a", "1"), new Tag("A", "2"))))
                .expectException(awsError("InvalidInput", 400))
                .expectNoEvents();
    }

    private static Object[] fiveVersions() {
        return new Object[] {CREATED,
                new PolicyVersionCreated(ACCOUNT, ID, "v2", WRITE, false, LATER),
                new PolicyVersionCreated(ACCOUNT, ID, "v3", WRITE, false, LATER),
                new PolicyVersionCreated(ACCOUNT, ID, "v4", WRITE, false, LATER),
                new PolicyVersionCreated(ACCOUNT, ID, "v5", WRITE, false, LATER)};
    }

    static String bigDocument() {
        String actions = IntStream.range(0, 400).mapToObj(i -> "\"s3:GetObjectVersion" + i + "\"")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[" + actions
                + "],\"Resource\":\"*\"}]}";
    }

    private static org.hamcrest.Matcher<?> awsError(String code, int status) {
        return Matchers.predicate(e -> e instanceof AwsErrorException a && a.code().equals(code) && a.httpStatus() == status);
    }
}
